import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../electron/ipc/contract';
import { duplicateActions, type ImportPlanRow } from '../../../../electron/ipc/contract/import';
import { call } from '../../api/client';
import { formatRoute } from '../../app/route';
import type { DuplicateAction, EditedPerson, PreviewSummaryData } from './import-page';
import { PersonEditor } from './person-editor';

const PAGE = 100;
const filters = ['all', 'new', 'duplicate', 'rejected'] as const;
type Filter = (typeof filters)[number];
type RowsPage = ChannelOutput<'import:rows'>;

const changeFields = new Set([
  'honorific',
  'givenName',
  'familyName',
  'organisation',
  'office',
  'title',
  'phones',
  'emails',
  'languages',
  'topics',
  'notes',
]);

interface PreviewRowsProps {
  readonly summary: PreviewSummaryData;
  readonly decisions: ReadonlyMap<number, DuplicateAction>;
  readonly onDecision: (row: number, action: DuplicateAction) => void;
  readonly onDuplicate: DuplicateAction;
  readonly onAllDuplicates: (action: DuplicateAction) => void;
  readonly skipInvalid: boolean;
  readonly onSkipInvalid: (skip: boolean) => void;
  readonly disabled: boolean;
  readonly onApply: () => void;
  /** Given for a release: its extracted people can be corrected before the import. */
  readonly onEdit?: (row: number, person: EditedPerson) => Promise<boolean>;
}

/** The preview's entries, a page at a time, with each duplicate's match and decision, and the Import button. */
export function PreviewRows(props: PreviewRowsProps) {
  const { summary, decisions, onDecision, onDuplicate, onAllDuplicates, skipInvalid, onSkipInvalid, disabled } = props;
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState<RowsPage | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [failed, setFailed] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const { counts } = summary;

  useEffect(() => {
    let live = true;
    call('import:rows', { importId: summary.importId, status: filter, page: { offset: 0, limit } })
      .then((p) => live && setPage(p))
      .catch((e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [filter, limit, summary.importId]);

  const valid = counts.rows - counts.rejected;
  const blocked = counts.rejected > 0 && !skipInvalid;
  const hasDuplicates = counts.duplicates + counts.inFile > 0;

  return (
    <section className="import-rows" aria-labelledby="import-rows-title">
      <h2 id="import-rows-title" className="import-section__title">
        {t('importer.table.caption')}
      </h2>
      <div className="import-rows__toolbar">
        <fieldset className="import-filter">
          <legend className="visually-hidden">{t('importer.filter.label')}</legend>
          {filters.map((f) => (
            <label key={f} className="import-filter__choice">
              <input
                type="radio"
                name="import-filter"
                value={f}
                checked={filter === f}
                onChange={() => {
                  setFilter(f);
                  setLimit(PAGE);
                }}
              />
              {t(`importer.filter.${f}`)}
            </label>
          ))}
        </fieldset>
        {hasDuplicates && (
          <label className="import-field">
            <span>{t('importer.allDuplicates')}</span>
            <select
              className="select"
              value={onDuplicate}
              disabled={disabled}
              onChange={(e) => onAllDuplicates(e.currentTarget.value as DuplicateAction)}
            >
              {duplicateActions.map((a) => (
                <option key={a} value={a}>
                  {t(`importer.action.${a}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {failed && <p role="alert">{failed}</p>}
      <div className="import-table-wrap import-table-wrap--rows">
        <table className="import-table" data-testid="import-rows">
          <thead>
            <tr>
              <th scope="col">{t('importer.table.row')}</th>
              <th scope="col">{t('importer.table.person')}</th>
              <th scope="col">{t('importer.table.details')}</th>
              <th scope="col">{t('importer.table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {page?.rows.map((r) =>
              editing === r.row && props.onEdit ? (
                <tr key={r.row} className="import-row">
                  <td className="import-row__number">{r.row}</td>
                  <td colSpan={3}>
                    <PersonEditor
                      row={r}
                      onClose={() => setEditing(null)}
                      onSave={async (person) => {
                        if (await props.onEdit?.(r.row, person)) setEditing(null);
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <PlanRowView
                  key={r.row}
                  row={r}
                  action={decisions.get(r.row) ?? onDuplicate}
                  disabled={disabled}
                  onDecision={onDecision}
                  {...(props.onEdit ? { onEdit: () => setEditing(r.row) } : {})}
                />
              ),
            )}
          </tbody>
        </table>
        {page && page.rows.length === 0 && <p className="import-hint">{t('importer.table.empty')}</p>}
      </div>
      {page && page.total > page.rows.length && (
        <div className="import-actions">
          <span className="import-hint">
            {t('importer.table.shown', { shown: page.rows.length, total: page.total })}
          </span>
          <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE * 5)}>
            {t('importer.table.more')}
          </button>
        </div>
      )}
      <div className="import-apply">
        {counts.rejected > 0 && (
          <>
            <p className="import-warning">{t('importer.invalidBlocks')}</p>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={skipInvalid}
                disabled={disabled}
                onChange={(e) => onSkipInvalid(e.currentTarget.checked)}
              />
              {t('importer.skipInvalid')}
            </label>
          </>
        )}
        <div className="import-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={disabled || blocked || valid === 0}
            onClick={props.onApply}
          >
            {t('importer.apply', { count: valid })}
          </button>
        </div>
      </div>
    </section>
  );
}

function personName(c: NonNullable<ImportPlanRow['contact']>) {
  return [c.honorific, c.givenName, c.familyName].filter(Boolean).join(' ');
}

function PlanRowView({
  row,
  action,
  disabled,
  onDecision,
  onEdit,
}: {
  readonly row: ImportPlanRow;
  readonly action: DuplicateAction;
  readonly disabled: boolean;
  readonly onDecision: (row: number, action: DuplicateAction) => void;
  readonly onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const c = row.contact;
  const name = c ? personName(c) : '';
  const titles = c ? Object.values(c.title).filter(Boolean) : [];
  return (
    <tr className={`import-row import-row--${row.status}`} data-row={row.row}>
      <td className="import-row__number">{row.row}</td>
      <td>
        {c && (
          <>
            <div className="import-row__name">{name}</div>
            {titles.length > 0 && <div>{titles.join(' / ')}</div>}
            {(c.organisation || c.office) && (
              <div className="import-hint">{[c.organisation, c.office].filter(Boolean).join(' · ')}</div>
            )}
          </>
        )}
        {row.problems.length > 0 && (
          <ul className="import-problems">
            {row.problems.map((p, i) => (
              <li key={i}>
                <strong>{p.field}</strong>: {p.reason}
              </li>
            ))}
          </ul>
        )}
        {row.warnings.length > 0 && (
          <ul className="import-row__warnings">
            {row.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )}
        {onEdit && (
          <button
            type="button"
            className="button button--small"
            disabled={disabled}
            aria-label={t('importer.edit.buttonFor', { name: name || row.row })}
            onClick={onEdit}
          >
            {t('importer.edit.button')}
          </button>
        )}
      </td>
      <td>
        {c && (
          <ul className="import-row__channels">
            {c.phones.map((p) => (
              <li key={`p ${p.e164}`} className="mono">
                {p.e164}
                {p.kind && <span className="import-hint"> ({t(`contacts.phoneKind.${p.kind}`)})</span>}
              </li>
            ))}
            {c.emails.map((e) => (
              <li key={`e ${e}`}>{e}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <span className={`import-badge import-badge--${row.status}`}>{t(`importer.status.${row.status}`)}</span>
        {row.match && <MatchView match={row.match} />}
        {row.match && (
          <div className="import-row__decision">
            <select
              className="select"
              value={action}
              disabled={disabled}
              aria-label={t('importer.decisionFor', { row: row.row })}
              onChange={(e) => onDecision(row.row, e.currentTarget.value as DuplicateAction)}
            >
              {duplicateActions.map((a) => (
                <option key={a} value={a}>
                  {t(`importer.action.${a}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </td>
    </tr>
  );
}

function MatchView({ match }: { readonly match: NonNullable<ImportPlanRow['match']> }) {
  const { t, i18n } = useTranslation();
  const reasons = match.reasons.map((r) => t(`importer.match.reason.${r}`)).join(', ');
  const score = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(match.score);
  return (
    <div className="import-match">
      <div>
        {match.target.kind === 'contact' ? (
          <a
            href={formatRoute({ page: 'contacts', record: match.target.id })}
            aria-label={t('importer.match.open', { name: match.name })}
          >
            {t('importer.match.contact', { name: match.name })}
          </a>
        ) : (
          t('importer.match.row', { row: match.target.row, name: match.name })
        )}
      </div>
      <div className="import-hint">{t('importer.match.reasons', { reasons, score })}</div>
      {match.changes.length > 0 ? (
        <dl className="import-diff" aria-label={t('importer.match.changes')}>
          {match.changes.map((ch, i) => (
            <div key={i} className="import-diff__item">
              <dt>{changeFields.has(ch.field) ? t(`importer.changeField.${ch.field as 'title'}`) : ch.field}</dt>
              <dd>
                <del>{ch.before || t('importer.empty')}</del> → <ins>{ch.after}</ins>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <div className="import-hint">{t('importer.match.noChanges')}</div>
      )}
    </div>
  );
}
