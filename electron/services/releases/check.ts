import type { Db } from '../../../db/client';
import { getBlocks } from '../../../db/queries/release-blocks';
import { groupVersions } from '../../../db/queries/releases';
import type { ReleaseCheckFinding, ReleaseCheckOutput } from '../../ipc/contract/releases';
import { displayName } from '../contacts';
import { chosen, contactLoader, doNotContactActive } from './contact-blocks';
import { foundRelease } from './found';

const DAY_MS = 86_400_000;
/** A contact not verified (or at least edited) for longer than this is worth a second look before sending. */
const VERIFIED_WITHIN_DAYS = 365;

type Finding = ReleaseCheckFinding;

const finding = (
  code: Finding['code'],
  severity: Finding['severity'],
  message: string,
  target: Finding['target'],
  params: Finding['params'] = {},
): Finding => ({ code, severity, message, target, params });

/**
 * What stands between a release and its approval: blocking findings (approval is refused while any remains) and
 * warnings. Each names what to open to fix it: a field, a contact in a block, or another language version.
 */
export function runReleaseCheck(db: Db, releaseId: number, now: Date): ReleaseCheckOutput {
  const release = foundRelease(db, releaseId);
  const findings: Finding[] = [];

  if (release.title.trim() === '')
    findings.push(finding('title_missing', 'blocking', 'The release has no title', { field: 'title' }));
  if (release.bodyText.trim() === '')
    findings.push(finding('body_empty', 'blocking', 'The release has no text', { field: 'body' }));
  if (!release.datelineCity?.trim())
    findings.push(
      finding('dateline_missing', 'blocking', 'The dateline has no city', { field: 'datelineCity' }, { part: 'city' }),
    );
  if (!release.datelineDate)
    findings.push(
      finding('dateline_missing', 'blocking', 'The dateline has no date', { field: 'datelineDate' }, { part: 'date' }),
    );
  if (release.embargoUntil !== null && Date.parse(release.embargoUntil) <= now.getTime()) {
    findings.push(
      finding(
        'embargo_past',
        'blocking',
        'The embargo is in the past',
        { field: 'embargo' },
        { until: release.embargoUntil },
      ),
    );
  }

  const load = contactLoader(db);
  const blocks = getBlocks(db, releaseId);
  let people = 0;
  for (const block of blocks) {
    for (const row of block.rows) {
      const contact = load.contact(row.contactId);
      if (!contact) continue;
      people++;
      const name = displayName(contact);
      const target = { contactId: contact.id, blockId: block.id };
      const add = (
        code: Finding['code'],
        severity: Finding['severity'],
        message: string,
        params: Finding['params'] = {},
      ) => findings.push(finding(code, severity, `${name}: ${message}`, target, { name, ...params }));

      if (contact.archivedAt !== null) add('contact_archived', 'blocking', 'archived contact');
      if (doNotContactActive(contact, now)) {
        add('contact_do_not_contact', 'blocking', 'marked do-not-contact', {
          ...(contact.doNotContactUntil ? { until: contact.doNotContactUntil } : {}),
          ...(contact.doNotContactReason ? { reason: contact.doNotContactReason } : {}),
        });
      }
      const phones = chosen(contact.phones, row.phoneIds).length;
      const emails = chosen(contact.emails, row.emailIds).length;
      if (phones === 0 && emails === 0)
        add('contact_unreachable', 'blocking', 'shows neither a phone number nor an email');
      else if (phones === 0) add('contact_no_phone', 'warning', 'shows no phone number');
      else if (emails === 0) add('contact_no_email', 'warning', 'shows no email address');
      if (!contact.languages.includes(release.language)) {
        add('contact_language', 'warning', `does not speak the release's language (${release.language})`, {
          language: release.language,
          languages: contact.languages.join(','),
        });
      }
      const verified = contact.lastVerifiedAt ?? contact.updatedAt;
      const days = Math.floor((now.getTime() - Date.parse(verified)) / DAY_MS);
      if (days > VERIFIED_WITHIN_DAYS) {
        add('contact_unverified', 'warning', `not verified for ${days} days`, { since: verified.slice(0, 10), days });
      }
    }
  }
  if (people === 0)
    findings.push(
      finding('no_contact_block', 'blocking', 'The release has no contact block', { field: 'contactBlocks' }),
    );

  const versions = groupVersions(db, release.translationGroup);
  const own = versions.find((v) => v.id === release.id);
  for (const v of versions) {
    if (v.translatedFromId === release.id && own && own.editedAt > v.editedAt) {
      findings.push(
        finding(
          'translation_stale',
          'warning',
          `The ${v.language} version is older than this one's last edit`,
          { releaseId: v.id },
          { language: v.language },
        ),
      );
    }
  }
  const source = versions.find((v) => v.id === release.translatedFromId);
  if (source && own && source.editedAt > own.editedAt) {
    findings.push(
      finding(
        'source_changed',
        'warning',
        `The ${source.language} version it was translated from changed since`,
        { releaseId: source.id },
        { language: source.language },
      ),
    );
  }

  return { releaseId, blocking: findings.some((f) => f.severity === 'blocking'), findings };
}
