import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useDebounced } from '../../components/page/use-debounced';
import { Icon } from '../../components/icon';

interface DuplicateNotesProps {
  /** The contact being edited, or null for a new one. */
  readonly contactId: number | null;
  readonly officeId: number | null;
  readonly kind: 'email' | 'phone';
  /** What the form holds now: addresses, or numbers as typed. */
  readonly values: readonly string[];
}

const CHECK_DELAY_MS = 400;

/**
 * Says, as the person types, which addresses or numbers another contact already has, with a link to that contact:
 * a duplicate is a warning, not an error (two press officers may share a desk phone).
 */
export function DuplicateNotes({ contactId, officeId, kind, values }: DuplicateNotesProps) {
  const { t } = useTranslation();
  const filled = useMemo(() => values.map((v) => v.trim()).filter((v) => v.length >= 3), [values]);
  const settled = useDebounced(JSON.stringify(filled), CHECK_DELAY_MS);
  const checked = JSON.parse(settled) as string[];
  const { data } = useApiQuery(
    'contacts:duplicates',
    { id: contactId, officeId, emails: kind === 'email' ? checked : [], phones: kind === 'phone' ? checked : [] },
    { enabled: checked.length > 0 },
  );
  const hits = checked.length > 0 ? (data?.duplicates ?? []).filter((d) => d.kind === kind) : [];
  if (hits.length === 0) return null;
  return (
    <ul className="duplicate-notes" aria-live="polite">
      {hits.map((d) => (
        <li key={`${d.value}-${d.contactId}`} className="duplicate-notes__item">
          <Icon name="alert" />
          <span>
            {t(`contactDetail.duplicate.${kind}`, { value: d.value })}{' '}
            <a href={`#/contacts/${d.contactId}`}>{d.displayName}</a>
            {d.archived && ` ${t('contactDetail.duplicate.archived')}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
