import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneNames } from '../reference/codes';
import { instantOf, localTimeZone, wallTimeIn } from './embargo-time';
import type { ReleaseEmbargoDraft } from './release-draft';

interface EmbargoFieldsProps {
  readonly idPrefix: string;
  readonly value: ReleaseEmbargoDraft | null;
  readonly onChange: (value: ReleaseEmbargoDraft | null) => void;
  readonly disabled: boolean;
}

/**
 * The embargo as a press officer states it: a date and time on the clock of a named zone ("10:00, Europe/Brussels"),
 * stored as the instant it means. The server words it in the release's language for the banner and the exports.
 */
export function EmbargoFields({ idPrefix, value, onChange, disabled }: EmbargoFieldsProps) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZoneNames(), []);
  const listId = useId();
  const [zone, setZone] = useState(value?.timeZone ?? localTimeZone());
  const [wall, setWall] = useState(value ? wallTimeIn(value.until, value.timeZone) : '');
  const validZone = zones.length === 0 || zones.includes(zone) || zone === 'UTC';

  const emit = (nextWall: string, nextZone: string) => {
    if (nextWall === '') return onChange(null);
    const until = instantOf(nextWall, nextZone);
    if (until) onChange({ until, timeZone: nextZone });
  };

  return (
    <div className="embargo-fields">
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-embargo-at`}>
          {t('releases.embargo.until')}
        </label>
        <input
          id={`${idPrefix}-embargo-at`}
          className="input"
          type="datetime-local"
          value={wall}
          disabled={disabled}
          onChange={(e) => {
            setWall(e.target.value);
            if (validZone) emit(e.target.value, zone);
          }}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-embargo-zone`}>
          {t('releases.embargo.timeZone')}
        </label>
        <input
          id={`${idPrefix}-embargo-zone`}
          className="input"
          list={listId}
          value={zone}
          disabled={disabled}
          autoComplete="off"
          aria-invalid={!validZone}
          aria-describedby={validZone ? undefined : `${idPrefix}-embargo-zone-error`}
          onChange={(e) => {
            setZone(e.target.value);
            if (zones.length === 0 || zones.includes(e.target.value)) emit(wall, e.target.value);
          }}
        />
        <datalist id={listId}>
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        {!validZone && (
          <p id={`${idPrefix}-embargo-zone-error`} className="field__error">
            {t('releases.embargo.unknownZone')}
          </p>
        )}
      </div>
      {value && (
        <button
          type="button"
          className="button button--small"
          disabled={disabled}
          onClick={() => {
            setWall('');
            onChange(null);
          }}
        >
          {t('releases.embargo.remove')}
        </button>
      )}
    </div>
  );
}
