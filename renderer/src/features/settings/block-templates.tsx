import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockTemplateText, SavedBlockTemplate } from '../../../../electron/ipc/contract';
import { mutate, useApiQuery } from '../../api/hooks';
import { useDebounced } from '../../components/page/use-debounced';
import { toastError, toastSuccess } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import '../releases/blocks/blocks.css';

const ALL = 'all';
const kinds = ['office', 'mobile', 'whatsapp', 'fax'] as const;

/**
 * Separators are mostly spaces: shows them as word processors do (° a no-break space, · a space), so French
 * "\u00a0: " can be told from " : ".
 */
const visible = (s: string) => s.replace(/[\u00a0\u202f]/g, '°').replace(/ /g, '·');

const sameKey = (t: SavedBlockTemplate, organisationId: number | null, language: string) =>
  t.organisationId === organisationId && t.language === language;

/**
 * Settings › Contact block templates: the heading, labels and separators of the contact block, per organisation
 * (or for all) and language, with a sample line laid out by the same renderer as releases and the CLI.
 */
export function BlockTemplatesSettings() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const settings = useApiQuery('releases:get-settings', {});
  const defaults = useApiQuery('contact-blocks:template-defaults', {});
  const organisations = useApiQuery('organisations:list', {});
  const [organisation, setOrganisation] = useState<string>(ALL);
  const [language, setLanguage] = useState('fr');
  const [form, setForm] = useState<BlockTemplateText | null>(null);
  const [saving, setSaving] = useState(false);

  const organisationId = organisation === ALL ? null : Number(organisation);
  const saved = settings.data?.blockTemplates;
  const languages = useMemo(
    () => [
      ...new Set([...(defaults.data?.templates.map((d) => d.language) ?? []), ...(settings.data?.languages ?? [])]),
    ],
    [defaults.data, settings.data],
  );

  const own = saved?.find((s) => sameKey(s, organisationId, language));
  const shared = organisationId === null ? undefined : saved?.find((s) => sameKey(s, null, language));
  const fallback =
    defaults.data?.templates.find((d) => d.language === language)?.template ??
    defaults.data?.templates.find((d) => d.language === 'en')?.template;
  const source = own ? 'own' : shared ? 'shared' : 'default';

  // A new choice of organisation or language starts from what applies to it now.
  useEffect(() => {
    if (!saved || !fallback) return;
    const start = own ?? shared;
    if (start) {
      const { organisationId: _o, language: _l, ...text } = start;
      setForm(text);
    } else setForm(fallback);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the choice or the saved set changes
  }, [organisation, language, saved, defaults.data]);

  const settled = useDebounced(form, 200);
  const sample = useApiQuery(
    'contact-blocks:template-sample',
    { language, template: settled ?? fallback ?? ({} as BlockTemplateText) },
    { enabled: settled !== null },
  );

  const set = <K extends keyof BlockTemplateText>(key: K, value: BlockTemplateText[K]) =>
    setForm((f) => (f ? { ...f, [key]: value } : f));

  const write = async (next: SavedBlockTemplate[], done: string) => {
    setSaving(true);
    try {
      await mutate('releases:update-settings', { blockTemplates: next });
      toastSuccess(done);
    } catch (error) {
      toastError(error);
    } finally {
      setSaving(false);
    }
  };
  const others = (saved ?? []).filter((s) => !sameKey(s, organisationId, language));
  const scope = {
    organisation:
      organisationId === null
        ? t('blocks.templates.everyone')
        : pickLocalized(organisations.data?.rows.find((o) => o.id === organisationId)?.name, fmt.lang),
    language: fmt.language(language),
  };

  const field = (key: 'heading' | 'phoneLabel' | 'emailLabel' | 'labelSeparator' | 'fieldSeparator', wide = false) => (
    <label className={wide ? 'field block-template__wide' : 'field'}>
      <span className="field__label">{t(`blocks.templates.field.${key}`)}</span>
      <input
        className="input"
        value={form?.[key] ?? ''}
        dir="auto"
        onChange={(e) => set(key, e.target.value)}
        aria-describedby={key.endsWith('Separator') ? `${id}-${key}-shown` : undefined}
      />
      {key.endsWith('Separator') && (
        <span id={`${id}-${key}-shown`} className="field__hint mono">
          {t('blocks.templates.shown', { value: visible(form?.[key] ?? '') })}
        </span>
      )}
    </label>
  );

  return (
    <section className="settings-group block-template" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="settings-group__title">
        {t('blocks.templates.title')}
      </h2>
      <p className="settings-group__hint">{t('blocks.templates.hint')}</p>
      <div className="block-template__pick">
        <label className="field">
          <span className="field__label">{t('blocks.templates.organisation')}</span>
          <select className="select" value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
            <option value={ALL}>{t('blocks.templates.allOrganisations')}</option>
            {organisations.data?.rows.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {pickLocalized(o.name, fmt.lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('blocks.templates.language')}</span>
          <select className="select" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {fmt.language(l)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted" role="status">
        {t(`blocks.templates.source.${source}`, scope)}
      </p>
      {form && (
        <>
          <div className="block-template__grid">
            {field('heading', true)}
            {field('phoneLabel')}
            {field('emailLabel')}
            {field('labelSeparator')}
            {field('fieldSeparator')}
            <label className="checkbox block-template__wide">
              <input
                type="checkbox"
                checked={form.labelPhonesByKind}
                onChange={(e) => set('labelPhonesByKind', e.target.checked)}
              />
              {t('blocks.templates.field.labelPhonesByKind')}
            </label>
            {form.labelPhonesByKind &&
              kinds.map((kind) => (
                <label key={kind} className="field">
                  <span className="field__label">
                    {t('blocks.templates.kindLabel', { kind: t(`contacts.phoneKind.${kind}`) })}
                  </span>
                  <input
                    className="input"
                    dir="auto"
                    value={form.phoneKindLabels[kind]}
                    onChange={(e) => set('phoneKindLabels', { ...form.phoneKindLabels, [kind]: e.target.value })}
                  />
                </label>
              ))}
          </div>
          <div>
            <h3 className="release-blocks__subtitle">{t('blocks.templates.sample')}</h3>
            {sample.error ? (
              <p className="field__error" role="alert">
                {sample.error instanceof Error ? sample.error.message : String(sample.error)}
              </p>
            ) : (
              <pre
                className="block-preview__text"
                dir={sample.data?.direction ?? 'auto'}
                lang={language}
                data-testid="template-sample"
              >
                {sample.data?.text ?? ''}
              </pre>
            )}
          </div>
          <div className="block-template__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={saving}
              onClick={() =>
                void write([...others, { ...form, organisationId, language }], t('blocks.templates.saved', scope))
              }
            >
              {t('blocks.templates.save')}
            </button>
            {own && (
              <button
                type="button"
                className="button"
                disabled={saving}
                onClick={() => void write(others, t('blocks.templates.removed', scope))}
              >
                {organisationId === null ? t('blocks.templates.reset') : t('blocks.templates.useShared')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
