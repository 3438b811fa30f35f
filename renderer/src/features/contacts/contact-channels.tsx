import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { IssueMessage } from '../../components/form/fields';
import { controlId, useFormFields } from '../../components/form/form-context';
import { useFormat } from '../../i18n/format';
import { moveRow, newRowKey, preferOnly, type EmailValues, type PhoneValues } from './contact-form-model';

/**
 * How the number will be shown and printed, as the person types: "+32 2 287 71 15 · Belgium", grouped the way
 * the server displays stored numbers. Only a preview, with lighter metadata: the server parses with full metadata
 * and decides what is valid.
 */
export function phonePreview(
  raw: string,
  defaultCountry: string | null,
): { international: string; country?: string } | null {
  const trimmed = raw.trim();
  const text = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  if (text.replace(/\D/g, '').length < 6) return null;
  const parsed = parsePhoneNumberFromString(text, (defaultCountry ?? undefined) as CountryCode | undefined);
  if (!parsed?.isPossible()) return null;
  return { international: parsed.formatInternational(), ...(parsed.country ? { country: parsed.country } : {}) };
}

interface RowButtonsProps {
  readonly index: number;
  readonly count: number;
  readonly name: string;
  readonly onMove: (by: number) => void;
  readonly onRemove: () => void;
}

/** Up, down and remove. aria-disabled rather than disabled, so focus stays on a button that reached the end. */
function RowButtons({ index, count, name, onMove, onRemove }: RowButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button button--ghost button--icon button--small"
        aria-label={t('form.moveUp', { name })}
        aria-disabled={index === 0}
        onClick={() => index > 0 && onMove(-1)}
      >
        <Icon name="arrowUp" />
      </button>
      <button
        type="button"
        className="button button--ghost button--icon button--small"
        aria-label={t('form.moveDown', { name })}
        aria-disabled={index === count - 1}
        onClick={() => index < count - 1 && onMove(1)}
      >
        <Icon name="arrowDown" />
      </button>
      <button
        type="button"
        className="button button--ghost button--icon button--small"
        aria-label={t('form.remove', { name })}
        onClick={onRemove}
      >
        <Icon name="close" />
      </button>
    </>
  );
}

/** After adding a row, typing continues in it; after removing one, focus stays nearby. */
function useFocusInList() {
  const listRef = useRef<HTMLUListElement>(null);
  const focusPath = (path: string) =>
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-path="${path}"]`)?.focus());
  return { listRef, focusPath };
}

interface PhoneRowsProps {
  readonly rows: readonly PhoneValues[];
  /** The office's country, for numbers typed without a country code. */
  readonly defaultCountry: string | null;
  readonly kinds: readonly NonNullable<Exclude<PhoneValues['kind'], ''>>[];
  readonly onChange: (path: string, rows: PhoneValues[]) => void;
}

export function PhoneRows({ rows, defaultCountry, kinds, onChange }: PhoneRowsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { idPrefix, issueFor, touch } = useFormFields();
  const { listRef, focusPath } = useFocusInList();
  const setRow = (i: number, field: string, change: Partial<PhoneValues>) =>
    onChange(
      `phones.${i}.${field}`,
      rows.map((r, j) => (j === i ? { ...r, ...change } : r)),
    );

  return (
    <>
      {rows.length > 0 && (
        <ul className="repeat-list" ref={listRef}>
          {rows.map((row, i) => {
            const name = t('contacts.phoneN', { n: i + 1 });
            const rawPath = `phones.${i}.raw`;
            const id = controlId(idPrefix, rawPath);
            const issue = issueFor(rawPath);
            const preview = issue ? null : phonePreview(row.raw, defaultCountry);
            return (
              <li key={row.key} className="repeat-row">
                <select
                  className="select"
                  aria-label={t('contacts.phoneKindN', { n: i + 1 })}
                  data-path={`phones.${i}.kind`}
                  value={row.kind}
                  onChange={(e) => setRow(i, 'kind', { kind: e.target.value as PhoneValues['kind'] })}
                >
                  <option value="">{t('contacts.kindUnspecified')}</option>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`contacts.phoneKind.${k}`)}
                    </option>
                  ))}
                </select>
                <div className="field">
                  <label htmlFor={id} className="visually-hidden">
                    {name}
                  </label>
                  <input
                    id={id}
                    className="input"
                    type="tel"
                    value={row.raw}
                    autoComplete="off"
                    placeholder={t('contacts.phonePlaceholder')}
                    aria-invalid={issue !== undefined}
                    aria-describedby={issue ? `${id}-error` : preview ? `${id}-hint` : undefined}
                    data-path={rawPath}
                    onChange={(e) => setRow(i, 'raw', { raw: e.target.value })}
                    onBlur={() => touch(rawPath)}
                  />
                  {issue && <IssueMessage id={`${id}-error`} text={issue} />}
                  {preview && (
                    <p id={`${id}-hint`} className="field__hint">
                      {preview.country
                        ? `${preview.international} · ${fmt.country(preview.country)}`
                        : preview.international}
                    </p>
                  )}
                </div>
                <div className="repeat-row__actions">
                  <label className="repeat-row__preferred">
                    <input
                      type="radio"
                      name={`${idPrefix}-preferred-phone`}
                      checked={row.preferred}
                      onChange={() => onChange(`phones.${i}.preferred`, preferOnly(rows, i))}
                    />
                    {t('contacts.preferred')}
                    <span className="visually-hidden">, {name}</span>
                  </label>
                  <RowButtons
                    index={i}
                    count={rows.length}
                    name={name}
                    onMove={(by) => {
                      onChange('phones', moveRow(rows, i, by));
                    }}
                    onRemove={() => {
                      onChange(
                        'phones',
                        rows.filter((_, j) => j !== i),
                      );
                      focusPath(`phones.${Math.min(i, rows.length - 2)}.raw`);
                    }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {issueFor('phones') && <IssueMessage text={issueFor('phones')!} />}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onChange('phones', [
            ...rows,
            { key: newRowKey(), kind: rows.length === 0 ? 'office' : 'mobile', raw: '', preferred: rows.length === 0 },
          ]);
          focusPath(`phones.${rows.length}.raw`);
        }}
      >
        <Icon name="plus" />
        {t('contacts.addPhone')}
      </button>
    </>
  );
}

interface EmailRowsProps {
  readonly rows: readonly EmailValues[];
  readonly kinds: readonly NonNullable<Exclude<EmailValues['kind'], ''>>[];
  readonly onChange: (path: string, rows: EmailValues[]) => void;
}

export function EmailRows({ rows, kinds, onChange }: EmailRowsProps) {
  const { t } = useTranslation();
  const { idPrefix, issueFor, touch } = useFormFields();
  const { listRef, focusPath } = useFocusInList();
  const setRow = (i: number, field: string, change: Partial<EmailValues>) =>
    onChange(
      `emails.${i}.${field}`,
      rows.map((r, j) => (j === i ? { ...r, ...change } : r)),
    );

  return (
    <>
      {rows.length > 0 && (
        <ul className="repeat-list" ref={listRef}>
          {rows.map((row, i) => {
            const name = t('contacts.emailN', { n: i + 1 });
            const path = `emails.${i}.address`;
            const id = controlId(idPrefix, path);
            const issue = issueFor(path);
            return (
              <li key={row.key} className="repeat-row">
                <select
                  className="select"
                  aria-label={t('contacts.emailKindN', { n: i + 1 })}
                  data-path={`emails.${i}.kind`}
                  value={row.kind}
                  onChange={(e) => setRow(i, 'kind', { kind: e.target.value as EmailValues['kind'] })}
                >
                  <option value="">{t('contacts.kindUnspecified')}</option>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`contacts.emailKind.${k}`)}
                    </option>
                  ))}
                </select>
                <div className="field">
                  <label htmlFor={id} className="visually-hidden">
                    {name}
                  </label>
                  <input
                    id={id}
                    className="input"
                    type="email"
                    value={row.address}
                    autoComplete="off"
                    spellCheck={false}
                    placeholder={t('contacts.emailPlaceholder')}
                    aria-invalid={issue !== undefined}
                    aria-describedby={issue ? `${id}-error` : undefined}
                    data-path={path}
                    onChange={(e) => setRow(i, 'address', { address: e.target.value })}
                    onBlur={() => touch(path)}
                  />
                  {issue && <IssueMessage id={`${id}-error`} text={issue} />}
                </div>
                <div className="repeat-row__actions">
                  <label className="repeat-row__preferred">
                    <input
                      type="radio"
                      name={`${idPrefix}-preferred-email`}
                      checked={row.preferred}
                      onChange={() => onChange(`emails.${i}.preferred`, preferOnly(rows, i))}
                    />
                    {t('contacts.preferred')}
                    <span className="visually-hidden">, {name}</span>
                  </label>
                  <RowButtons
                    index={i}
                    count={rows.length}
                    name={name}
                    onMove={(by) => onChange('emails', moveRow(rows, i, by))}
                    onRemove={() => {
                      onChange(
                        'emails',
                        rows.filter((_, j) => j !== i),
                      );
                      focusPath(`emails.${Math.min(i, rows.length - 2)}.address`);
                    }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {issueFor('emails') && <IssueMessage text={issueFor('emails')!} />}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onChange('emails', [
            ...rows,
            { key: newRowKey(), kind: rows.length === 0 ? 'work' : '', address: '', preferred: rows.length === 0 },
          ]);
          focusPath(`emails.${rows.length}.address`);
        }}
      >
        <Icon name="plus" />
        {t('contacts.addEmail')}
      </button>
    </>
  );
}
