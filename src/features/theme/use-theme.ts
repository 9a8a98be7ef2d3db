import { useSyncExternalStore } from 'react';
import { resolvedThemeStore, type ThemePreference, themeStore } from './theme-store';

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(themeStore.subscribe, themeStore.get);
}

/** Light or dark as shown now, for components that cannot follow "system" themselves. */
export function useResolvedTheme(): 'light' | 'dark' {
  return useSyncExternalStore(resolvedThemeStore.subscribe, resolvedThemeStore.get);
}
