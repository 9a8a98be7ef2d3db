// Asks for the chunks of a page (its route chunk and what that imports, and its layouts') in
// parallel, from the table build/route-preload.ts writes into index.html as JSON (data, not
// script: the Content-Security-Policy allows scripts from this site only, so this logic is a file).
// It runs for the address being opened, before the entry, and later for every navigation
// (`__4b42PreloadRoute`, called by the router) and every link a pointer or focus reaches: the
// build leaves these lists out of the entry, so this table is the only one.
try {
  const data = JSON.parse(document.getElementById('route-preload').textContent);
  const asked = new Set();
  // Compiled once: every pointer over a link asks again.
  const routes = data.routes.map(([pattern, files]) => [new RegExp(pattern), files]);
  const preload = (path) => {
    // The first pattern that matches wins: a static path before a `$param` one.
    const match = routes.find(([pattern]) => pattern.test(path));
    for (const index of match ? match[1] : []) {
      const href = data.base + data.files[index];
      if (asked.has(href)) continue;
      asked.add(href);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
  };
  globalThis.__4b42PreloadRoute = preload;

  // Where the guards will send the browser: /demo opens the home page in a demo build and the
  // connect screen otherwise; without a stored connection every page but /connect goes there.
  let path = location.pathname;
  if (path === '/demo') path = data.demo ? '/' : '/connect';
  else if (!sessionStorage.getItem(data.storageKey) && !localStorage.getItem(data.storageKey))
    path = '/connect';
  preload(path);

  const onIntent = (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    const url = new URL(link.href, location.href);
    if (url.origin === location.origin) preload(url.pathname);
  };
  for (const type of ['pointerover', 'focusin', 'touchstart'])
    document.addEventListener(type, onIntent, { passive: true, capture: true });
} catch {}
