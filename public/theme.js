// Applied before the first paint so a dark-mode user never sees a white flash. A file, not an
// inline script: the Content-Security-Policy allows scripts from this site only.
try {
  const t = localStorage.getItem('4b42.theme');
  const dark = t === 'dark' || (t !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
} catch {}
