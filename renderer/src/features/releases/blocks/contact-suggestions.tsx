import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSuggestion } from '../../../../../electron/ipc/contract';
import { useApiQuery } from '../../../api/hooks';
import { Icon } from '../../../components/icon';
import { useFormat } from '../../../i18n/format';
import { pickLocalized } from '../../../i18n/localized';
import { workplace } from './contact-search';
import { ReasonChips, useReasonText } from './reason-chips';

interface ContactSuggestionsProps {
  readonly releaseId: number;
  readonly onAdd: (contact: ContactSuggestion) => void;
}

/**
 * The people who fit the release best (its dateline's office and region, its language, its tags, a speaking role),
 * each with why. One button press adds a person to the block; they then leave this list.
 */
export function ContactSuggestions({ releaseId, onAdd }: ContactSuggestionsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const titleId = useId();
  const reasonText = useReasonText();
  const result = useApiQuery('releases:suggest-contacts', { id: releaseId, query: '', limit: 6 });
  const rows = result.data?.rows ?? [];
  return (
    <section className="block-suggestions" aria-labelledby={titleId}>
      <h3 id={titleId} className="release-blocks__subtitle">
        {t('blocks.suggestions.title')}
      </h3>
      {result.data && rows.length === 0 && <p className="muted">{t('blocks.suggestions.none')}</p>}
      <ul className="block-suggestions__list">
        {rows.map((row) => {
          const title = pickLocalized(row.title, fmt.lang);
          return (
            <li key={row.contactId} className="block-suggestion" data-suggested-contact={row.contactId}>
              <div className="block-suggestion__text">
                <span className="block-suggestion__name">{row.displayName}</span>
                <span className="muted">{[title, workplace(row, fmt.lang)].filter(Boolean).join(' · ')}</span>
                <ReasonChips reasons={row.reasons} />
              </div>
              <button
                type="button"
                className="button button--small"
                aria-label={t('blocks.suggestions.add', {
                  name: row.displayName,
                  reasons: row.reasons.map(reasonText).join(', '),
                })}
                onClick={() => onAdd(row)}
              >
                <Icon name="plus" />
                {t('blocks.suggestions.addShort')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
