import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseExportFormats, type Release } from '../../../../electron/ipc/contract/releases';
import { call } from '../../api/client';
import { showToast, toastError, toastSuccess } from '../../components/toast/toast-store';
import { copyRich, copyText, downloadBase64 } from './clipboard';

type ExportFormat = (typeof releaseExportFormats)[number];

interface OutputsProps {
  readonly release: Release;
  /** Saves pending edits first: what is copied or exported is what is on screen. */
  readonly beforeWrite: () => Promise<string>;
}

/** Copy the release (contact block included) as rich or plain text, or export it as a file. */
export function ReleaseOutputs({ release, beforeWrite }: OutputsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (what: string, job: () => Promise<void>) => {
    setBusy(what);
    try {
      await beforeWrite();
      await job();
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(null);
    }
  };

  const copy = (rich: boolean) =>
    run(rich ? 'rich' : 'plain', async () => {
      const rendered = await call('releases:render', { id: release.id });
      const done = rich ? await copyRich(rendered.html, rendered.text) : await copyText(rendered.text);
      if (done) toastSuccess(t(rich ? 'releases.outputs.copiedRich' : 'releases.outputs.copiedPlain'));
      else showToast({ tone: 'error', title: t('releases.outputs.copyFailed'), body: t('releases.outputs.copyHelp') });
    });

  const exportAs = (format: ExportFormat) =>
    run(format, async () => {
      const file = await call('releases:export', { id: release.id, format });
      downloadBase64(file.base64, file.mimeType, file.fileName);
      toastSuccess(t('releases.outputs.exported', { name: file.fileName }));
    });

  return (
    <section className="release-outputs" aria-labelledby={`release-${release.id}-outputs`}>
      <h2 id={`release-${release.id}-outputs`} className="release-side__title">
        {t('releases.outputs.title')}
      </h2>
      <div className="release-outputs__row">
        <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void copy(true)}>
          {t('releases.outputs.copyRich')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy !== null}
          onClick={() => void copy(false)}
        >
          {t('releases.outputs.copyPlain')}
        </button>
      </div>
      <div className="release-outputs__row" role="group" aria-label={t('releases.outputs.export')}>
        {releaseExportFormats.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            disabled={busy !== null}
            aria-busy={busy === format}
            onClick={() => void exportAs(format)}
          >
            {t('releases.outputs.exportAs', { format: format.toUpperCase() })}
          </button>
        ))}
      </div>
    </section>
  );
}
