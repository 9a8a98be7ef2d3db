import { createExternalStore } from '@/api/external-store';

export const THEME_PREFERENCES = ['light', 'dark', 'system'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** The key index.html reads before the first paint; keep the two in step. */
export const THEME_STORAGE_KEY = '4b42.theme';

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

// jsdom and old browsers have no matchMedia: they get the light theme under "system".
const darkQuery =
  typeof window !== 'undefined' ? window.matchMedia?.('(prefers-color-scheme: dark)') : undefined;

export function resolveTheme(preference: ThemePreference): 'light' | 'dark' {
  if (preference !== 'system') return preference;
  return darkQuery?.matches ? 'dark' : 'light';
}

export const themeStore = createExternalStore<ThemePreference>(readPreference());
/** What is on screen now; follows the OS under "system". */
export const resolvedThemeStore = createExternalStore<'light' | 'dark'>(resolveTheme(themeStore.get()));

function applyTheme(): void {
  const resolved = resolveTheme(themeStore.get());
  resolvedThemeStore.set(resolved);
  document.documentElement.classList.toggle('dark', resolved === 'dark');
}

export function setThemePreference(preference: ThemePreference): void {
  try {
    // "system" is stored as no value, which index.html also reads as "follow the system".
    if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
  themeStore.set(preference);
  applyTheme();
}

// Under "system" the page follows the OS switching between light and dark while open.
darkQuery?.addEventListener?.('change', () => {
  if (themeStore.get() === 'system') applyTheme();
});
