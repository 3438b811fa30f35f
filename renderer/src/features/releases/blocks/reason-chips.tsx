import { useTranslation } from 'react-i18next';
import type { ContactSuggestionReason } from '../../../../../electron/ipc/contract';
import { useFormat } from '../../../i18n/format';
import { pickLocalized } from '../../../i18n/localized';

/** "speaks French · Brussels office · resettlement", worded in the UI language from the reasons' data. */
export function useReasonText() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (reason: ContactSuggestionReason): string => {
    const label = pickLocalized(reason.label, fmt.lang) || reason.value;
    switch (reason.kind) {
      case 'language':
        return t('blocks.reason.language', { language: fmt.language(reason.value) });
      case 'office':
        return t('blocks.reason.office', { city: label });
      case 'region':
        return /^[A-Z]{2}$/.test(reason.value) ? fmt.country(reason.value) : label;
      case 'topic':
        return reason.value;
      case 'role':
        return t(`contacts.role.${reason.value}` as 'contacts.role.spokesperson', { defaultValue: reason.value });
    }
  };
}

export function ReasonChips({ reasons }: { readonly reasons: readonly ContactSuggestionReason[] }) {
  const { t } = useTranslation();
  const text = useReasonText();
  if (reasons.length === 0) return null;
  return (
    <ul className="reason-chips" aria-label={t('blocks.reasons')}>
      {reasons.map((r, i) => (
        <li key={`${r.kind}-${r.value}-${i}`} className={`reason-chip reason-chip--${r.kind}`}>
          {text(r)}
        </li>
      ))}
    </ul>
  );
}
