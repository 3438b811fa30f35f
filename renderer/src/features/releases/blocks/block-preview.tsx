import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseBlocks } from '../../../../../electron/ipc/contract';
import { useFormat } from '../../../i18n/format';

/**
 * The block exactly as exports print it, rendered by the server in the release's language (right to left in
 * Arabic), with a warning for each title or office shown in another language because the record lacks it.
 */
export function BlockPreview({ blocks, saving }: { readonly blocks: ReleaseBlocks; readonly saving: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const titleId = useId();
  const { preview, language } = blocks;
  return (
    <section className="block-preview" aria-labelledby={titleId} aria-busy={saving}>
      <h3 id={titleId} className="release-blocks__subtitle">
        {t('blocks.preview.title', { language: fmt.language(language) })}
      </h3>
      {preview.text === '' ? (
        <p className="muted">{t('blocks.preview.empty')}</p>
      ) : (
        <pre className="block-preview__text" dir={preview.direction} lang={language} data-testid="block-preview">
          {preview.text}
        </pre>
      )}
      {preview.warnings.length > 0 && (
        <ul className="block-preview__warnings" aria-label={t('blocks.preview.warnings')}>
          {preview.warnings.map((w, i) => (
            <li key={`${w.contactId}-${w.field}-${i}`} className="block-preview__warning">
              {t('blocks.preview.fallback', {
                name: w.person,
                field: t(`blocks.field.${w.field}`),
                missing: fmt.language(language),
                used: fmt.language(w.usedLanguage),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
