import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkActionInput, BulkTarget } from '../../../../electron/ipc/contract';
import { useApiQuery } from '../../api/hooks';
import { selectedCount, type Selection } from '../../components/data-table/selection';
import { confirmDialog } from '../../components/dialog/confirm-store';
import { Icon } from '../../components/icon';
import { useFormat } from '../../i18n/format';
import { createListNamed, runBulk } from './bulk-run';
import { OptionPicker } from './option-picker';
import type { PickerOption } from './picker-options';
import './directory.css';

interface BulkBarProps {
  readonly selection: Selection;
  readonly total: number;
  /** What the selection means to the server: ids, or the filter less the unticked rows. */
  readonly target: BulkTarget | null;
}

type Open = 'addTag' | 'removeTag' | 'addToList' | 'setDoNotContact' | null;

/**
 * Actions on the selected contacts, however many: one request, one transaction on the server, and a toast with
 * Undo. Shown while something is selected.
 */
export function BulkBar({ selection, total, target }: BulkBarProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement | null>(null);
  const count = selectedCount(selection, total);
  const topics = useApiQuery('contacts:topics', {}, { enabled: count > 0 }).data?.rows ?? [];
  const lists = useApiQuery('lists:list', {}, { enabled: open === 'addToList' }).data?.rows ?? [];

  if (count === 0 || target === null) return null;

  const close = () => {
    setOpen(null);
    opener.current?.focus();
  };
  const run = async (action: BulkActionInput, name?: string) => {
    setOpen(null);
    setBusy(true);
    try {
      await runBulk(target, action, name);
    } finally {
      setBusy(false);
      opener.current?.focus();
    }
  };
  const toggle = (which: Exclude<Open, null>) => (e: { currentTarget: HTMLButtonElement }) => {
    opener.current = e.currentTarget;
    setOpen(open === which ? null : which);
  };

  const topicOptions: PickerOption[] = topics.map((r) => ({
    value: r.name,
    label: r.name,
    hint: fmt.number(r.contacts),
  }));
  const newTopic = (text: string): PickerOption | null =>
    topics.some((r) => r.name.toLowerCase() === text.toLowerCase())
      ? null
      : { value: text, label: t('directory.bulk.newTopic', { name: text }) };
  const newList = (text: string): PickerOption | null => ({
    value: `new:${text}`,
    label: t('directory.bulk.newList', { name: text }),
  });

  return (
    <div className="directory-bulk" role="toolbar" aria-label={t('directory.bulk.label')} aria-busy={busy}>
      <span className="directory-bulk__count">{t('directory.bulk.selected', { count })}</span>
      <span className="directory-bulk__anchor">
        <button type="button" className="button button--small" disabled={busy} onClick={toggle('addTag')}>
          {t('directory.bulk.addTag')}
        </button>
        {open === 'addTag' && (
          <OptionPicker
            label={t('directory.bulk.addTagLabel')}
            options={topicOptions}
            fromTyped={newTopic}
            onPick={(o) => void run({ kind: 'addTag', tag: o.value }, o.value)}
            onClose={close}
          />
        )}
      </span>
      <span className="directory-bulk__anchor">
        <button type="button" className="button button--small" disabled={busy} onClick={toggle('removeTag')}>
          {t('directory.bulk.removeTag')}
        </button>
        {open === 'removeTag' && (
          <OptionPicker
            label={t('directory.bulk.removeTagLabel')}
            options={topicOptions}
            onPick={(o) => void run({ kind: 'removeTag', tag: o.value }, o.value)}
            onClose={close}
          />
        )}
      </span>
      <span className="directory-bulk__anchor">
        <button type="button" className="button button--small" disabled={busy} onClick={toggle('addToList')}>
          {t('directory.bulk.addToList')}
        </button>
        {open === 'addToList' && (
          <OptionPicker
            label={t('directory.bulk.addToListLabel')}
            options={lists.map((l) => ({ value: String(l.id), label: l.name, hint: fmt.number(l.counts.members) }))}
            fromTyped={newList}
            onPick={(o) => {
              const created = o.value.startsWith('new:') ? o.value.slice(4) : null;
              void (async () => {
                const list = created === null ? { id: Number(o.value), name: o.label } : await createListNamed(created);
                if (list) await run({ kind: 'addToList', listId: list.id }, list.name);
              })();
            }}
            onClose={close}
          />
        )}
      </span>
      <span className="directory-bulk__anchor">
        <button type="button" className="button button--small" disabled={busy} onClick={toggle('setDoNotContact')}>
          {t('directory.bulk.setDoNotContact')}
        </button>
        {open === 'setDoNotContact' && (
          <DoNotContactForm
            onCancel={close}
            onApply={(reason, until) => void run({ kind: 'setDoNotContact', reason, until })}
          />
        )}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={(e) => {
          opener.current = e.currentTarget;
          void run({ kind: 'clearDoNotContact' });
        }}
      >
        {t('directory.bulk.clearDoNotContact')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={(e) => {
          opener.current = e.currentTarget;
          void run({ kind: 'markVerified' });
        }}
      >
        <Icon name="check" />
        {t('directory.bulk.markVerified')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={(e) => {
          opener.current = e.currentTarget;
          void confirmDialog({
            title: t('directory.bulk.archiveTitle', { count }),
            body: t('directory.bulk.archiveBody'),
            confirmLabel: t('directory.bulk.archive'),
            cancelLabel: t('common.cancel'),
            tone: 'danger',
            initialFocus: 'confirm',
          }).then(async (yes) => {
            if (yes) await run({ kind: 'archive' });
          });
        }}
      >
        <Icon name="archive" />
        {t('directory.bulk.archive')}
      </button>
      {busy && (
        <span className="directory-bulk__busy" role="status">
          {t('directory.bulk.working', { count })}
        </span>
      )}
    </div>
  );
}

function DoNotContactForm(props: { onApply: (reason: string, until: string | null) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) props.onApply(reason.trim(), until || null);
  };
  return (
    <form
      className="popover directory-picker directory-dnc"
      aria-label={t('directory.bulk.setDoNotContact')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label className="directory-dnc__field">
        {t('directory.bulk.reason')}
        <input className="input" required autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label className="directory-dnc__field">
        {t('directory.bulk.until')}
        <input className="input" type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      </label>
      <div className="directory-dnc__actions">
        <button type="button" className="button button--small" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--small button--primary" disabled={!reason.trim()}>
          {t('directory.bulk.apply')}
        </button>
      </div>
    </form>
  );
}
