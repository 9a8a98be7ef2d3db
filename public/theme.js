// Applied before the first paint so a dark-mode user never sees a white flash. A file, not an
// inline script: the Content-Security-Policy allows scripts from this site only.
try {
  const t = localStorage.getItem('4b42.theme');
  const dark = t === 'dark' || (t !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
} catch {}
// The language too (src/i18n/locales.ts `pickLocale`): the HTML shell is announced and shown in
// the reader's language before the console's scripts arrive.
try {
  const spoken = ['en', 'de', 'fr'];
  const stored = localStorage.getItem('4b42.locale');
  const wanted = [stored, ...(navigator.languages || [navigator.language])];
  const lang = wanted.map((tag) => (tag || '').toLowerCase().split('-')[0]).find((l) => spoken.includes(l));
  document.documentElement.lang = lang || 'en';
} catch {}
