import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseCheckFinding } from '../../../../../electron/ipc/contract';
import { useApiQuery } from '../../../api/hooks';
import { queryCache } from '../../../api/query-cache';
import { useFormat } from '../../../i18n/format';
import { canGoTo, goToFinding } from './go-to-finding';
import '../blocks/blocks.css';

/** A finding in the UI language, worded from its code and parameters (the server's sentence is English). */
function useFindingText() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (f: ReleaseCheckFinding): string => {
    const p = f.params;
    const name = String(p.name ?? '');
    const language = typeof p.language === 'string' ? fmt.language(p.language) : '';
    switch (f.code) {
      case 'dateline_missing':
        return p.part === 'date' ? t('blocks.check.finding.datelineDate') : t('blocks.check.finding.datelineCity');
      case 'embargo_past':
        return t('blocks.check.finding.embargo_past', { until: fmt.dateTime(String(p.until ?? '')) });
      case 'contact_unverified':
        return t('blocks.check.finding.contact_unverified', { name, count: Number(p.days ?? 0) });
      default:
        return t(`blocks.check.finding.${f.code}`, { name, language });
    }
  };
}

/**
 * The release check: what blocks approval and what deserves a second look, each with a way to the fix. It runs
 * again by itself after every change to the release; "Check again" is for fixes made elsewhere (a contact record).
 */
export function ReleaseCheckPanel({ releaseId }: { readonly releaseId: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const text = useFindingText();
  const check = useApiQuery('releases:check', { id: releaseId });
  const [lost, setLost] = useState<number | null>(null);
  const findings = check.data?.findings ?? [];
  const blocking = findings.filter((f) => f.severity === 'blocking').length;
  const warnings = findings.length - blocking;

  return (
    <section className="release-check" aria-labelledby={titleId} aria-busy={check.fetching}>
      <div className="release-check__head">
        <h2 id={titleId} className="release-blocks__title">
          {t('blocks.check.title')}
        </h2>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => queryCache.invalidate(['releases'])}
        >
          {t('blocks.check.again')}
        </button>
      </div>
      {check.data && (
        <p
          className={
            findings.length === 0 ? 'release-check__summary release-check__summary--ok' : 'release-check__summary'
          }
          role="status"
        >
          {findings.length === 0
            ? t('blocks.check.ready')
            : blocking === 0
              ? t('blocks.check.onlyWarnings', { count: warnings })
              : warnings === 0
                ? t('blocks.check.blockingOnly', { count: blocking })
                : t('blocks.check.blocking', {
                    count: blocking,
                    warnings: t('blocks.check.warnings', { count: warnings }),
                  })}
        </p>
      )}
      <ul className="release-check__list">
        {findings.map((f, i) => {
          const contactLink = f.target.contactId !== undefined && f.code !== 'contact_unreachable';
          return (
            <li
              key={`${f.code}-${f.target.contactId ?? ''}-${f.target.releaseId ?? ''}-${i}`}
              className={`release-check__finding release-check__finding--${f.severity}`}
              data-check-code={f.code}
            >
              <span className={f.severity === 'blocking' ? 'badge badge--danger' : 'badge badge--warning'}>
                {t(`blocks.check.severity.${f.severity}`)}
              </span>
              <span className="release-check__message">{text(f)}</span>
              <div className="release-check__actions">
                {lost === i && <span className="muted">{t('blocks.check.notShown')}</span>}
                {canGoTo(f.target) && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('blocks.check.goToLabel', { finding: text(f) })}
                    onClick={() => setLost(goToFinding(f.target) ? null : i)}
                  >
                    {f.target.releaseId !== undefined ? t('blocks.check.openVersion') : t('blocks.check.goTo')}
                  </button>
                )}
                {contactLink && (
                  <a className="button button--ghost button--small" href={`#/contacts/${f.target.contactId}`}>
                    {t('blocks.check.openContact')}
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
