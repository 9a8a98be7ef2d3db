// Before the entry runs, asks for the chunks of the page the address will show (its route chunk
// and what that imports), so they load in parallel with the entry instead of after it. The table
// is written into index.html by build/route-preload.ts as JSON (data, not script: the
// Content-Security-Policy allows scripts from this site only, so this logic is a file).
try {
  const data = JSON.parse(document.getElementById('route-preload').textContent);
  // Where the guards will send the browser: /demo opens the home page in a demo build and the
  // connect screen otherwise; without a stored connection every page but /connect goes there.
  let path = location.pathname;
  if (path === '/demo') path = data.demo ? '/' : '/connect';
  else if (!sessionStorage.getItem(data.storageKey) && !localStorage.getItem(data.storageKey))
    path = '/connect';
  // The first pattern that matches wins: a static path before a `$param` one.
  const match = data.routes.find(([pattern]) => new RegExp(pattern).test(path));
  for (const index of match ? match[1] : []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = data.base + data.files[index];
    document.head.appendChild(link);
  }
} catch {}
