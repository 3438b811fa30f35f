import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { setLanguagePreference, setThemePreference, usePreferences } from '../../app/preferences';
import { themePreferences, type ThemePreference } from '../../app/theme';
import type { LanguagePreference } from '../../i18n/language';
import { BackupsSettings } from './backups';
import { BlockTemplatesSettings } from './block-templates';
import { ReleaseSettings } from './release-settings';
import { LoadSampleData } from '../sample-data/load-sample-data';
import './settings.css';

const languageChoices: readonly LanguagePreference[] = ['system', 'en', 'fr'];

/** Each language names itself, so a person lost in the wrong language still finds theirs. */
const languageNames: Readonly<Record<Exclude<LanguagePreference, 'system'>, string>> = {
  en: 'English',
  fr: 'Français',
};

export function SettingsPage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const info = useApiQuery('app:info', {});

  return (
    <div className="settings-page">
      <div className="list-page__toolbar">
        <h1 className="list-page__title">{t('nav.settings')}</h1>
      </div>
      <div className="settings-page__body">
        <fieldset className="settings-group">
          <legend className="settings-group__title">{t('settings.language')}</legend>
          <p className="settings-group__hint">{t('settings.languageHint')}</p>
          {languageChoices.map((choice) => (
            <label key={choice} className="checkbox">
              <input
                type="radio"
                name="language"
                value={choice}
                checked={prefs.language === choice}
                onChange={() => void setLanguagePreference(choice)}
              />
              {choice === 'system' ? t('settings.languageSystem') : <span lang={choice}>{languageNames[choice]}</span>}
            </label>
          ))}
        </fieldset>

        <fieldset className="settings-group">
          <legend className="settings-group__title">{t('settings.theme')}</legend>
          {themePreferences.map((choice: ThemePreference) => (
            <label key={choice} className="checkbox">
              <input
                type="radio"
                name="theme"
                value={choice}
                checked={prefs.theme === choice}
                onChange={() => setThemePreference(choice)}
              />
              {t(`settings.themeChoice.${choice}`)}
            </label>
          ))}
        </fieldset>

        <BlockTemplatesSettings />

        <ReleaseSettings />

        <LoadSampleData />

        <BackupsSettings />

        <section className="settings-group" aria-labelledby="settings-about">
          <h2 id="settings-about" className="settings-group__title">
            {t('settings.about')}
          </h2>
          {info.data && (
            <dl className="settings-facts">
              <dt>{t('settings.version')}</dt>
              <dd>{info.data.version}</dd>
              <dt>{t('settings.database')}</dt>
              <dd className="mono settings-facts__path">{info.data.dbPath}</dd>
              <dt>{t('settings.schema')}</dt>
              <dd>
                {t('settings.schemaValue', {
                  version: info.data.schemaVersion,
                  appVersion: info.data.appSchemaVersion,
                })}
              </dd>
              <dt>{t('settings.shell')}</dt>
              <dd>{t(`shell.${info.data.shell}`)}</dd>
            </dl>
          )}
        </section>
      </div>
    </div>
  );
}
