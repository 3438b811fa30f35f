import { contactActivity, recordContactActivity } from '../../../db/queries/activity';
import { listsOfContact, releasesOfContact } from '../../../db/queries/contact-detail';
import { getOffice } from '../../../db/queries/offices';
import { getOrganisation } from '../../../db/queries/organisations';
import { listRegions } from '../../../db/queries/regions';
import type { ChannelOutput, ChannelParsedInput } from '../../ipc/contract';
import { contactService } from '../contacts';
import type { ServiceContext } from '../context';
import { contactRowReader, type FieldGroup } from '../export/rows';
import { contactCard } from '../export/vcard';

const everyGroup: ReadonlySet<FieldGroup> = new Set([
  'title',
  'titles',
  'organisation',
  'office',
  'region',
  'phones',
  'emails',
  'languages',
  'roles',
  'topics',
  'countries',
  'notes',
  'status',
  'meta',
]);

const fileStem = (name: string, id: number) =>
  `${name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')}-${id}`.replace(/^-/, 'contact-');

/**
 * "Export everything about this person" (a subject access request): every field with names resolved, phones,
 * emails, the lists they are on, the releases they appear in and their whole activity history as JSON, and a
 * vCard 4.0 written by the export module. The export itself is recorded in their activity.
 */
export function exportPerson(
  ctx: ServiceContext,
  { id }: ChannelParsedInput<'contacts:export-person'>,
): ChannelOutput<'contacts:export-person'> {
  const contact = contactService.get(ctx, { id });
  const office = contact.officeId === null ? undefined : getOffice(ctx.db, contact.officeId);
  const organisation = contact.organisationId === null ? undefined : getOrganisation(ctx.db, contact.organisationId);
  const regions = listRegions(ctx.db).filter((r) => contact.regionIds.includes(r.id));
  const at = new Date().toISOString();
  const document = {
    exportedAt: at,
    exportedBy: `PressDesk ${ctx.version}`,
    contact: {
      ...contact,
      organisation: organisation
        ? { id: organisation.id, name: organisation.name, acronym: organisation.acronym }
        : null,
      office: office ? { id: office.id, name: office.name, city: office.city, country: office.country } : null,
      regions: regions.map((r) => ({ id: r.id, name: r.name })),
    },
    lists: listsOfContact(ctx.db, id),
    releases: releasesOfContact(ctx.db, id),
    activity: contactActivity(ctx.db, id, { offset: 0, limit: Number.MAX_SAFE_INTEGER }).rows,
  };
  const [row] = contactRowReader(ctx.db, everyGroup, 'en')([id]);
  const vcard = row ? contactCard(row, '4.0', 'en') : '';
  recordContactActivity(
    ctx.db,
    { kind: 'exported', contactIds: [id], detail: { format: 'person', files: ['json', 'vcf'] } },
    at,
  );
  return { fileStem: fileStem(contact.displayName, id), json: `${JSON.stringify(document, null, 2)}\n`, vcard };
}
