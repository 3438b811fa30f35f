import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { invalidatedBy } from '../../api/invalidation';
import { queryCache } from '../../api/query-cache';
import { navigate } from '../../app/navigation';
import { FormFieldsContext, type FormFields } from '../../components/form/form-context';
import { TextAreaField, TextField } from '../../components/form/fields';
import { TokenInput } from '../../components/form/token-input';
import { Icon } from '../../components/icon';
import { toastError } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { PanelMessage } from '../shared/panel-message';
import { ReleaseContactBlocks } from './blocks/release-contact-blocks';
import { BodyEditor, type BodyEditorHandle } from './body-editor';
import { ReleaseCheckPanel } from './check/release-check-panel';
import { EmbargoFields } from './embargo-fields';
import { draftOf, type ReleaseDraft } from './release-draft';
import { ReleaseOutputs } from './release-outputs';
import { ReleaseRevisions } from './release-revisions';
import { StatusActions } from './release-status-actions';
import { ReleaseVersions } from './release-versions';
import { SaveIndicator } from './save-indicator';
import { useReleaseAutosave } from './use-autosave';
import './releases.css';

interface EditorFormProps {
  readonly release: Release;
  /** The words the form starts from: the release as opened, or as a restore left it. */
  readonly seed: Release;
  readonly focusBody: boolean;
  readonly onRestored: (release: Release) => void;
  readonly onReload: () => void;
}

const noIssues: FormFields['issueFor'] = () => undefined;
const noTouch: FormFields['touch'] = () => undefined;

interface SectionProps {
  readonly title: string;
  readonly id: string;
  /** Where the release check's "Go to" lands. */
  readonly field: string;
  readonly children: ReactNode;
}

function Section({ title, id, field, children }: SectionProps) {
  return (
    <section className="release-section" aria-labelledby={id} data-release-field={field}>
      <h2 id={id} className="release-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ReleaseEditorForm({ release, seed, focusBody, onRestored, onReload }: EditorFormProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [draft, setDraft] = useState<ReleaseDraft>(() => draftOf(seed));
  const [moving, setMoving] = useState(false);
  const { state, flush, lastSeen } = useReleaseAutosave(release, draft);
  const bodyRef = useRef<BodyEditorHandle>(null);
  const idPrefix = `release-${release.id}`;
  const fields = useMemo<FormFields>(() => ({ idPrefix, issueFor: noIssues, touch: noTouch }), [idPrefix]);

  const set = <K extends keyof ReleaseDraft>(key: K, value: ReleaseDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const beforeWrite = useCallback(async () => {
    await flush();
    return lastSeen();
  }, [flush, lastSeen]);

  const words = release.editable === 'all' && !moving;
  const embargoOpen = release.editable !== 'none' && !moving;
  const focusRef = useCallback(
    (handle: BodyEditorHandle | null) => {
      bodyRef.current = handle;
      if (handle && focusBody) handle.focus();
    },
    [focusBody],
  );

  return (
    <FormFieldsContext value={fields}>
      <div
        className="release-editor"
        onBlur={(e) => {
          // Leaving a field saves at once; moving between the parts of one control (the token input) does not.
          if (!e.currentTarget.contains(e.relatedTarget)) return void flush().catch(() => undefined);
          if (e.target.closest('[data-path], .body-editor__content')) void flush().catch(() => undefined);
        }}
      >
        <header className="release-editor__header">
          <a
            className="button button--ghost button--small"
            href="#/releases"
            onClick={(e) => {
              e.preventDefault();
              void navigate({ page: 'releases' });
            }}
          >
            <Icon name="arrowUp" className="release-editor__back-icon" />
            {t('releases.backToList')}
          </a>
          <h1 className="release-editor__title">{draft.title.trim() || t('releases.untitled')}</h1>
          {release.reference && (
            <span className="release-editor__reference" title={t('releases.field.reference')}>
              {release.reference}
            </span>
          )}
          <span className="badge">{fmt.language(release.language)}</span>
          <span className={`badge release-status-badge is-${release.status}`}>
            {t(`releases.status.${release.status}`)}
          </span>
          <span className="list-page__spacer" />
          <SaveIndicator state={state} onRetry={() => void flush().catch(() => undefined)} onReload={onReload} />
        </header>

        {release.embargoLine && (
          <p
            className={`embargo-banner${release.embargoPassed ? ' is-passed' : ''}`}
            lang={release.language}
            dir={release.direction}
            role="note"
            aria-label={t('releases.embargo.bannerLabel')}
          >
            {release.embargoLine}
            {release.embargoPassed && <span className="embargo-banner__passed">{t('releases.embargo.passed')}</span>}
          </p>
        )}

        <div className="release-editor__toolbar">
          <StatusActions release={release} beforeWrite={beforeWrite} busy={moving} onBusy={setMoving} />
        </div>

        {release.editable !== 'all' && (
          <div className="record-form__banner release-editor__locked" role="status">
            <Icon name="info" />
            <p>
              {release.editable === 'none'
                ? t('releases.locked.none', { status: t(`releases.status.${release.status}`) })
                : t('releases.locked.embargo', { status: t(`releases.status.${release.status}`) })}
            </p>
          </div>
        )}

        <div className="release-editor__split">
          <div className="release-editor__main" lang={release.language} dir={release.direction}>
            <fieldset className="release-editor__fields" disabled={!words}>
              <div data-release-field="title">
                <TextField
                  path="title"
                  label={t('releases.field.title')}
                  value={draft.title}
                  onChange={(v) => set('title', v)}
                  className="release-field--title"
                />
              </div>
              <TextField
                path="subtitle"
                label={t('releases.field.subtitle')}
                value={draft.subtitle}
                onChange={(v) => set('subtitle', v)}
              />
              <div className="release-dateline">
                <div data-release-field="datelineCity">
                  <TextField
                    path="datelineCity"
                    label={t('releases.field.datelineCity')}
                    value={draft.datelineCity}
                    onChange={(v) => set('datelineCity', v)}
                  />
                </div>
                <div data-release-field="datelineDate">
                  <TextField
                    path="datelineDate"
                    type="date"
                    label={t('releases.field.datelineDate')}
                    value={draft.datelineDate}
                    onChange={(v) => set('datelineDate', v)}
                  />
                </div>
                <p className="release-dateline__rendered" aria-live="polite">
                  <span className="release-dateline__label">{t('releases.field.datelinePrints')}</span>{' '}
                  <span data-testid="release-dateline" lang={release.language}>
                    {release.dateline ?? t('releases.field.datelineNone')}
                  </span>
                </p>
              </div>
            </fieldset>
            <div className="field" data-release-field="body">
              <label className="field__label" htmlFor={`${idPrefix}-body`}>
                {t('releases.field.body')}
              </label>
              <BodyEditor
                ref={focusRef}
                id={`${idPrefix}-body`}
                label={t('releases.field.body')}
                initial={seed.body}
                editable={words}
                dir={release.direction}
                lang={release.language}
                onChange={(body) => set('body', body)}
                onBlur={() => void flush().catch(() => undefined)}
              />
            </div>
            <fieldset className="release-editor__fields" disabled={!words}>
              <TextAreaField
                path="notesToEditors"
                label={t('releases.field.notesToEditors')}
                hint={t('releases.field.notesHint')}
                rows={4}
                value={draft.notesToEditors}
                onChange={(v) => set('notesToEditors', v)}
              />
              <TokenInput
                path="tags"
                label={t('releases.field.tags')}
                values={draft.tags}
                onChange={(v) => set('tags', v)}
                parse={(text) => text.trim() || null}
                hint={t('releases.field.tagsHint')}
              />
            </fieldset>
            <ReleaseContactBlocks
              releaseId={release.id}
              language={release.language}
              readOnly={release.editable !== 'all'}
            />
          </div>

          <aside className="release-editor__side" aria-label={t('releases.sideLabel')}>
            <ReleaseCheckPanel releaseId={release.id} />
            <Section title={t('releases.embargo.title')} id={`${idPrefix}-embargo-title`} field="embargo">
              <EmbargoFields
                idPrefix={idPrefix}
                value={draft.embargo}
                onChange={(v) => set('embargo', v)}
                disabled={!embargoOpen}
              />
            </Section>
            <ReleaseVersions release={release} beforeWrite={beforeWrite} />
            <ReleaseOutputs release={release} beforeWrite={beforeWrite} />
            <ReleaseRevisions release={release} beforeWrite={beforeWrite} onRestored={onRestored} />
          </aside>
        </div>
      </div>
    </FormFieldsContext>
  );
}

/** `#/releases/<id>`: the release with its editor, kept in sync with the server through the shared cache. */
export function ReleaseEditor({ id, focusBody }: { readonly id: number; readonly focusBody: boolean }) {
  const { t } = useTranslation();
  const { data: release, error } = useApiQuery('releases:get', { id });
  // A restore or a reload starts the form again from the release it returned (the cache may not have it yet).
  const [seed, setSeed] = useState<{ release: Release | null; generation: number }>({ release: null, generation: 0 });

  if (!release || release.id !== id) {
    return <PanelMessage text={error ? t('releases.notFound') : t('common.loading')} />;
  }
  return (
    <ReleaseEditorForm
      key={seed.generation}
      release={release}
      seed={seed.release ?? release}
      focusBody={focusBody}
      onRestored={(restored) => setSeed((s) => ({ release: restored, generation: s.generation + 1 }))}
      onReload={() =>
        void call('releases:get', { id }).then(
          (fresh) => {
            queryCache.invalidate(invalidatedBy('releases:update'));
            setSeed((s) => ({ release: fresh, generation: s.generation + 1 }));
          },
          (e: unknown) => toastError(e),
        )
      }
    />
  );
}
