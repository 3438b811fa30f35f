import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { queryCache } from '../../api/query-cache';
import { Icon } from '../../components/icon';
import { toastError, toastSuccess } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { downloadText } from './download';
import { EraseDialog } from './erase-dialog';
import './contact-detail.css';

const ACTIVITY_PAGE = 20;

function ReleasesSection({ contactId }: { readonly contactId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error } = useApiQuery('contacts:detail', { id: contactId });
  return (
    <section className="form-section detail-section" aria-labelledby={`releases-${contactId}`}>
      <h3 id={`releases-${contactId}`} className="form-section__title">
        {t('contactDetail.section.releases')}
      </h3>
      {error && !data && <p className="detail-section__empty">{t('contactDetail.loadFailed')}</p>}
      {!data && !error && <p className="detail-section__empty">{t('contactDetail.loading')}</p>}
      {data && data.releases.length === 0 && (
        <p className="detail-section__empty">{t('contactDetail.releasesEmpty')}</p>
      )}
      {data && data.releases.length > 0 && (
        <ul className="detail-list">
          {data.releases.map((r) => (
            <li key={r.id} className="detail-list__item">
              <a href={`#/releases/${r.id}`}>{r.title.trim() || t('contactDetail.untitledRelease')}</a>
              <span className="detail-list__meta">
                {[r.reference, r.language.toUpperCase(), fmt.date(r.datelineDate)].filter(Boolean).join(' · ')}
              </span>
              <span className={r.status === 'published' ? 'badge badge--published' : 'badge'}>
                {t(`contactDetail.releaseStatus.${r.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ListsSection({ contactId }: { readonly contactId: number }) {
  const { t } = useTranslation();
  const { data } = useApiQuery('contacts:detail', { id: contactId });
  return (
    <section className="form-section detail-section" aria-labelledby={`lists-${contactId}`}>
      <h3 id={`lists-${contactId}`} className="form-section__title">
        {t('contactDetail.section.lists')}
      </h3>
      {!data && <p className="detail-section__empty">{t('contactDetail.loading')}</p>}
      {data && data.lists.length === 0 && <p className="detail-section__empty">{t('contactDetail.listsEmpty')}</p>}
      {data && data.lists.length > 0 && (
        <ul className="detail-list">
          {data.lists.map((l) => (
            <li key={l.id} className="detail-list__item">
              <a href={`#/lists/${l.id}`}>{l.name}</a>
              <span className="detail-list__meta">{t(`contactDetail.membership.${l.membership}`)}</span>
              {l.archivedAt && <span className="badge">{t('common.archived')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActivitySection({ contactId }: { readonly contactId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [limit, setLimit] = useState(ACTIVITY_PAGE);
  const { data } = useApiQuery('activity:contact', { contactId, page: { offset: 0, limit } });
  const more = data ? data.total - data.rows.length : 0;
  return (
    <section className="form-section detail-section" aria-labelledby={`activity-${contactId}`}>
      <h3 id={`activity-${contactId}`} className="form-section__title">
        {t('contactDetail.section.activity')}
      </h3>
      {!data && <p className="detail-section__empty">{t('contactDetail.loading')}</p>}
      {data && data.total === 0 && <p className="detail-section__empty">{t('contactDetail.activityEmpty')}</p>}
      {data && data.rows.length > 0 && (
        <ol className="detail-list detail-list--activity">
          {data.rows.map((a) => (
            <li key={a.id} className="detail-list__item">
              <time dateTime={a.at} className="detail-list__meta">
                {fmt.dateTime(a.at)}
              </time>
              <span className="cell-strong">{t(`contactDetail.activityKind.${a.kind}`)}</span>
              {a.releaseId !== null && (
                <a href={`#/releases/${a.releaseId}`}>
                  {t('contactDetail.activityRelease', {
                    title: a.releaseTitle?.trim() || a.releaseReference || t('contactDetail.untitledRelease'),
                  })}
                </a>
              )}
              {a.listId !== null && (
                <a href={`#/lists/${a.listId}`}>{t('contactDetail.activityList', { name: a.listName ?? '' })}</a>
              )}
            </li>
          ))}
        </ol>
      )}
      {more > 0 && (
        <button type="button" className="button button--small" onClick={() => setLimit((n) => n + ACTIVITY_PAGE * 5)}>
          {t('contactDetail.activityMore', { count: more })}
        </button>
      )}
    </section>
  );
}

function PrivacySection({ contact, onErased }: { readonly contact: Contact; readonly onErased: () => void }) {
  const { t } = useTranslation();
  const [erasing, setErasing] = useState(false);
  const [exporting, setExporting] = useState(false);

  const exportPerson = async () => {
    setExporting(true);
    try {
      const out = await call('contacts:export-person', { id: contact.id });
      const json = `${out.fileStem}.json`;
      const vcard = `${out.fileStem}.vcf`;
      downloadText(json, out.json, 'application/json');
      downloadText(vcard, out.vcard, 'text/vcard');
      // The export is recorded in the person's activity.
      queryCache.invalidate(['activity']);
      toastSuccess(t('contactDetail.export.done', { json, vcard }));
    } catch (error) {
      toastError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="form-section detail-section" aria-labelledby={`privacy-${contact.id}`}>
      <h3 id={`privacy-${contact.id}`} className="form-section__title">
        {t('contactDetail.section.privacy')}
      </h3>
      <div className="detail-actions">
        <button type="button" className="button" onClick={() => void exportPerson()} disabled={exporting}>
          <Icon name="import" />
          {t('contactDetail.export.button')}
        </button>
        <p className="field__hint">{t('contactDetail.export.hint')}</p>
      </div>
      <div className="detail-actions">
        <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
          {t('contactDetail.erase.button')}
        </button>
        <p className="field__hint">{t('contactDetail.erase.hint')}</p>
      </div>
      {erasing && (
        <EraseDialog
          contactId={contact.id}
          name={contact.displayName}
          onDone={(erased) => {
            setErasing(false);
            if (erased) onErased();
          }}
        />
      )}
    </section>
  );
}

/** What the record panel shows below a contact's fields: where they appear, what happened, and their privacy. */
export function ContactDetailSections({
  contact,
  onErased,
}: {
  readonly contact: Contact;
  readonly onErased: () => void;
}) {
  return (
    <>
      <ReleasesSection contactId={contact.id} />
      <ListsSection contactId={contact.id} />
      <ActivitySection contactId={contact.id} />
      <PrivacySection contact={contact} onErased={onErased} />
    </>
  );
}
