// English and German UI text. The language follows the system until preferences exist.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';

export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;

export function initI18n(preferred = navigator.language): typeof i18next {
  const lng = preferred.toLowerCase().startsWith('de') ? 'de' : 'en';
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, de: { translation: de } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}
