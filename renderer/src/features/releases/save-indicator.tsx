import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/error-messages';
import { useFormat } from '../../i18n/format';
import { localTimeZone } from './embargo-time';
import type { SaveState } from './use-autosave';

interface SaveIndicatorProps {
  readonly state: SaveState;
  readonly onRetry: () => void;
  readonly onReload: () => void;
}

/** "Saved · 10:42", "Saving…", or what went wrong with a way out; read out politely as it changes. */
export function SaveIndicator({ state, onRetry, onReload }: SaveIndicatorProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  let text: string;
  let action = null;
  switch (state.kind) {
    case 'saved':
      text = state.at
        ? t('releases.save.savedAt', { time: fmt.timeIn(localTimeZone(), state.at) })
        : t('releases.save.upToDate');
      break;
    case 'pending':
      text = t('releases.save.pending');
      break;
    case 'saving':
      text = t('releases.save.saving');
      break;
    case 'conflict':
      text = t('releases.save.conflict');
      action = (
        <button type="button" className="button button--small" onClick={onReload}>
          {t('releases.save.reload')}
        </button>
      );
      break;
    case 'failed':
      text = t('releases.save.failed', { reason: t(describeError(state.error).titleKey) });
      action = (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('releases.save.retry')}
        </button>
      );
      break;
  }
  const problem = state.kind === 'conflict' || state.kind === 'failed';
  return (
    <span className={`save-indicator${problem ? ' is-problem' : ''}`}>
      <span role="status" data-testid="save-state" data-state={state.kind}>
        {text}
      </span>
      {action}
    </span>
  );
}
