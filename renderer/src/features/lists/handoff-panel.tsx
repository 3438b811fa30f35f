import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, HandoffBatch, List } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showToast, toastError, toastSuccess } from '../../components/toast/toast-store';
import { safeFileName, saveBlob } from '../exports/download';

type Handoff = ChannelOutput<'lists:handoff'>;
type Separator = 'comma' | 'semicolon';

const DEFAULT_BATCH = 50;

/**
 * The list handed to the user's own mail client: Bcc batches of a chosen size to copy, a mailto: link where the
 * batch is short enough, or an .eml draft per batch with a release as its body. Nobody marked do-not-contact, archived
 * or without an address is in any batch; each batch handed over is logged per person.
 */
export function HandoffPanel({ list }: { readonly list: List }) {
  const { t } = useTranslation();
  const id = useId();
  const [batchSize, setBatchSize] = useState(String(DEFAULT_BATCH));
  const [separator, setSeparator] = useState<Separator>('comma');
  const [releaseId, setReleaseId] = useState('');
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  const [preparing, setPreparing] = useState(false);
  const { data: releases } = useApiQuery('releases:list', { page: { offset: 0, limit: 200 } });
  const attached = new Set(list.releases.map((r) => r.id));
  // Releases this list is attached to come first: they are what it is for.
  const releaseOptions = [...(releases?.rows ?? [])].sort(
    (a, b) => Number(attached.has(b.id)) - Number(attached.has(a.id)),
  );
  const release = releaseOptions.find((r) => String(r.id) === releaseId) ?? null;
  const size = Number(batchSize);
  const sizeValid = Number.isInteger(size) && size >= 1 && size <= 1000;

  const prepare = async () => {
    if (!sizeValid) return;
    setPreparing(true);
    try {
      setHandoff(
        await call('lists:handoff', {
          id: list.id,
          batchSize: size,
          separator,
          subject: release?.title ?? '',
        }),
      );
    } catch (error) {
      toastError(error);
    } finally {
      setPreparing(false);
    }
  };

  const record = (batch: HandoffBatch, via: 'bcc-copy' | 'mailto') =>
    call('lists:handoff-record', {
      id: list.id,
      contactIds: batch.contactIds,
      batch: batch.index,
      via,
      releaseId: release?.id ?? null,
    }).catch(toastError);

  const copy = async (batch: HandoffBatch) => {
    try {
      await navigator.clipboard.writeText(batch.text);
    } catch {
      showToast({ tone: 'error', title: t('lists.handoff.copyFailed'), body: t('lists.handoff.copyFailedBody') });
      return;
    }
    await record(batch, 'bcc-copy');
    toastSuccess(t('lists.handoff.copied', { index: batch.index, count: batch.addresses.length }));
  };

  const eml = async (batch: HandoffBatch) => {
    try {
      const draft = await call('lists:handoff-eml', {
        id: list.id,
        contactIds: batch.contactIds,
        batch: batch.index,
        releaseId: release?.id ?? null,
        message: release ? null : { subject: list.name, text: '', html: null },
      });
      saveBlob(new Blob([draft.content], { type: 'message/rfc822' }), safeFileName(draft.fileName, 'list.eml'));
      toastSuccess(t('lists.handoff.emlSaved', { name: draft.fileName, count: draft.recipients }));
    } catch (error) {
      toastError(error);
    }
  };

  return (
    <section className="list-side__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="list-side__title">
        {t('lists.handoff.title')}
      </h2>
      <p className="field__hint">{t('lists.handoff.hint')}</p>
      <form
        className="handoff-form"
        onSubmit={(e) => {
          e.preventDefault();
          void prepare();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-size`}>
            {t('lists.handoff.batchSize')}
          </label>
          <input
            id={`${id}-size`}
            className="input"
            type="number"
            min={1}
            max={1000}
            value={batchSize}
            aria-invalid={!sizeValid}
            aria-describedby={`${id}-size-hint`}
            onChange={(e) => setBatchSize(e.target.value)}
          />
          <p id={`${id}-size-hint`} className={sizeValid ? 'field__hint' : 'field__error'}>
            {t('lists.handoff.batchSizeHint')}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-sep`}>
            {t('lists.handoff.separator')}
          </label>
          <select
            id={`${id}-sep`}
            className="select"
            value={separator}
            onChange={(e) => setSeparator(e.target.value as Separator)}
          >
            <option value="comma">{t('lists.handoff.comma')}</option>
            <option value="semicolon">{t('lists.handoff.semicolon')}</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-release`}>
            {t('lists.handoff.release')}
          </label>
          <select
            id={`${id}-release`}
            className="select"
            value={releaseId}
            onChange={(e) => setReleaseId(e.target.value)}
          >
            <option value="">{t('lists.handoff.noRelease')}</option>
            {releaseOptions.map((r) => (
              <option key={r.id} value={r.id}>
                {`${r.reference ? `${r.reference} · ` : ''}${r.title || t('lists.untitledRelease')} (${r.language})`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={!sizeValid || preparing}>
          {t('lists.handoff.prepare')}
        </button>
      </form>
      {handoff && (
        <div className="handoff-result">
          <p role="status">
            {t('lists.handoff.summary', {
              count: handoff.recipients,
              messages: t('lists.handoff.messages', { count: handoff.batches.length }),
            })}
          </p>
          {handoff.unreachable.length > 0 && (
            <details className="handoff-left-out">
              <summary>{t('lists.handoff.leftOut', { count: handoff.unreachable.length })}</summary>
              <ul>
                {handoff.unreachable.map((u) => (
                  <li key={u.id}>
                    {u.displayName} — {t(`lists.warning.${u.reason}`)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <ol className="handoff-batches">
            {handoff.batches.map((b) => (
              <li key={b.index} className="handoff-batch">
                <p className="handoff-batch__title">
                  {t('lists.handoff.batch', { index: b.index, count: b.addresses.length })}
                </p>
                <div className="handoff-batch__actions">
                  <button type="button" className="button button--small" onClick={() => void copy(b)}>
                    {t('lists.handoff.copy')}
                  </button>
                  {b.mailto && (
                    <a className="button button--small" href={b.mailto} onClick={() => void record(b, 'mailto')}>
                      {t('lists.handoff.mailto')}
                    </a>
                  )}
                  <button type="button" className="button button--small" onClick={() => void eml(b)}>
                    {t('lists.handoff.eml')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
