import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery, mutate } from '../../api/hooks';
import { useDebounced } from '../../components/page/use-debounced';
import { toastError, toastSuccess } from '../../components/toast/toast-store';
import { Icon } from '../../components/icon';

const SEARCH_MS = 150;

/** Finds people by name, organisation, city or phone, and adds them to the list by hand. */
export function AddMembers({ listId }: { readonly listId: number }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), SEARCH_MS);
  const { data, fetching } = useApiQuery(
    'search:query',
    { query, kind: 'contact', limit: 8 },
    { enabled: query.length >= 2 },
  );
  const results = query.length >= 2 ? (data?.results ?? []) : [];

  const add = async (contactId: number, name: string) => {
    try {
      const { changed } = await mutate('lists:add-members', { id: listId, contactIds: [contactId] });
      toastSuccess(changed > 0 ? t('lists.added', { name }) : t('lists.alreadyMember', { name }));
    } catch (error) {
      toastError(error);
    }
  };

  return (
    <section className="list-side__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="list-side__title">
        {t('lists.addTitle')}
      </h2>
      <div className="search-box list-add__search">
        <Icon name="search" className="search-box__icon" />
        <input
          type="search"
          className="input search-box__input"
          aria-label={t('lists.addSearch')}
          placeholder={t('lists.addSearch')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {query.length >= 2 && (
        <ul className="list-add__results" aria-label={t('lists.addResults')} aria-busy={fetching}>
          {results.length === 0 && !fetching && <li className="muted">{t('lists.addNothing', { query })}</li>}
          {results.map((r) => (
            <li key={r.id} className="list-add__result">
              <span className="list-add__who">
                <span className="cell-strong">{r.name}</span>
                <span className="muted">{r.detail}</span>
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={t('lists.addOne', { name: r.name })}
                onClick={() => void add(r.id, r.name)}
              >
                <Icon name="plus" />
                {t('lists.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
