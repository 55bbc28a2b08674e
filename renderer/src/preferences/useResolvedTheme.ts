// The theme in force: the preference, or the system's when the preference is "system".
import { useSyncExternalStore } from 'react';
import { useApp } from '../store/StoreContext';

const darkQuery = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
const subscribeDark = (callback: () => void) => {
  darkQuery?.addEventListener('change', callback);
  return () => darkQuery?.removeEventListener('change', callback);
};

/** 'light' or 'dark', following the preference or else the system. */
export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useApp((s) => s.preferences.theme);
  const systemDark = useSyncExternalStore(subscribeDark, () => darkQuery?.matches ?? false);
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}
