import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { List } from '../../../../electron/ipc/contract';
import { mutate, useApiQuery } from '../../api/hooks';
import { toastError } from '../../components/toast/toast-store';

/** The releases this list is attached to ("distributed to"), and attaching it to another. */
export function ListReleases({ list }: { readonly list: List }) {
  const { t } = useTranslation();
  const id = useId();
  const [picked, setPicked] = useState('');
  const { data } = useApiQuery('releases:list', { page: { offset: 0, limit: 200 } });
  const attachedIds = new Set(list.releases.map((r) => r.id));
  const available = (data?.rows ?? []).filter((r) => !attachedIds.has(r.id));
  const label = (r: { reference: string | null; title: string; language: string }) =>
    `${r.reference ? `${r.reference} · ` : ''}${r.title || t('lists.untitledRelease')} (${r.language})`;

  const attach = async (releaseId: number, attached: boolean) => {
    try {
      await mutate('lists:attach', { id: list.id, releaseId, attached });
      setPicked('');
    } catch (error) {
      toastError(error);
    }
  };

  return (
    <section className="list-side__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="list-side__title">
        {t('lists.releasesTitle')}
      </h2>
      {list.releases.length === 0 ? (
        <p className="muted">{t('lists.noReleases')}</p>
      ) : (
        <ul className="list-releases">
          {list.releases.map((r) => (
            <li key={r.id} className="list-releases__item">
              <span>{label(r)}</span>
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={t('lists.detachOne', { name: label(r) })}
                onClick={() => void attach(r.id, false)}
              >
                {t('lists.detach')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="list-inline-form">
        <label className="visually-hidden" htmlFor={`${id}-release`}>
          {t('lists.attachLabel')}
        </label>
        <select id={`${id}-release`} className="select" value={picked} onChange={(e) => setPicked(e.target.value)}>
          <option value="">{available.length === 0 ? t('lists.noReleaseToAttach') : t('lists.attachLabel')}</option>
          {available.map((r) => (
            <option key={r.id} value={r.id}>
              {label(r)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={picked === ''}
          onClick={() => void attach(Number(picked), true)}
        >
          {t('lists.attach')}
        </button>
      </div>
    </section>
  );
}
