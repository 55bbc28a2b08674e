// Theme and language, applied to the page as soon as they change.
import { Languages, Moon, Sun } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';
import { useResolvedTheme } from './useResolvedTheme';

export function ApplyPreferences() {
  const { i18n } = useTranslation();
  const language = useApp((s) => s.preferences.language);
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    const lng = language === 'system' ? (navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en') : language;
    if (i18n.language !== lng) void i18n.changeLanguage(lng);
    document.documentElement.lang = lng;
  }, [language, i18n]);
  return null;
}

export function PreferencesMenu() {
  const { t } = useTranslation();
  const preferences = useApp((s) => s.preferences);
  const setPreferences = useApp((s) => s.setPreferences);
  const theme = useResolvedTheme();
  return (
    <div className="preferences" data-testid="preferences">
      <label title={t('preferences.theme')}>
        {theme === 'dark' ? <Moon size={14} aria-hidden /> : <Sun size={14} aria-hidden />}
        <select value={preferences.theme} onChange={(e) => void setPreferences({ theme: e.target.value as 'light' | 'dark' | 'system' })} aria-label={t('preferences.theme')} data-testid="preference-theme">
          <option value="system">{t('preferences.system')}</option>
          <option value="light">{t('preferences.light')}</option>
          <option value="dark">{t('preferences.dark')}</option>
        </select>
      </label>
      <label title={t('preferences.language')}>
        <Languages size={14} aria-hidden />
        <select value={preferences.language} onChange={(e) => void setPreferences({ language: e.target.value as 'en' | 'de' | 'system' })} aria-label={t('preferences.language')} data-testid="preference-language">
          <option value="system">{t('preferences.system')}</option>
          <option value="en">English</option>
          <option value="de">Deutsch</option>
        </select>
      </label>
    </div>
  );
}
