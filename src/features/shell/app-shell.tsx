import { Link, Outlet } from '@tanstack/react-router';
import { Suspense, useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { connectionStore } from '@/api/connection';
import { DEMO_AVAILABLE } from '@/features/connect/open-demo';
import { countDrafts } from '@/features/forms/use-form-draft';
import { LanguageSelect } from '@/features/language/language-select';
import { PaletteButton } from '@/features/palette/palette-button';
import { usePaletteShortcuts } from '@/features/palette/palette-shortcuts';
import { useRecordVisits } from '@/features/palette/recent-visits';
import { startTypeAhead, stopTypeAhead } from '@/features/palette/type-ahead';
import { RateLimitBanner } from '@/features/rate-limit/rate-limit-banner';
import { ThemeToggle } from '@/features/theme/theme-toggle';
import { Button } from '@/features/ui/button';
import { LoadingState } from '@/features/ui/empty-state';
import { Icon } from '@/features/ui/icon';
import { usePublishStickyTop } from '@/features/ui/sticky-top';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';
import { count, i18n, useMessages } from '@/i18n';
import { describeConnection } from './describe-connection';
import { LazyCommandPalette, LazyConfirmDialog, LazyDemoPanel, LazyRequestLogDrawer } from './lazy-panels';
import { MainNav } from './main-nav';
import { visibleNavItems } from './nav-items';
import { OfflineBanner } from './offline-banner';
import { type ShellActions, ShellContext } from './shell-context';
import { useSignOut } from './sign-out';
import { SKIP_LINK_CLASS } from './standalone-layout';

const messages = i18n('shell/app-shell', {
  skip: 'Skip to content',
  connectedTo: 'Connected to ',
  requestLog: 'Request log',
  demo: 'Demo controls',
  signOut: 'Sign out',
  unsavedTitle: 'Sign out with unsaved changes?',
  unsavedConfirm: 'Sign out and discard changes',
  unsaved: count({
    one: 'A form has unsaved changes. Signing out discards them: they are not kept for the next connection.',
    other:
      '{count} forms have unsaved changes. Signing out discards them: they are not kept for the next connection.',
  }),
});

type Panel = 'request-log' | 'demo' | 'palette' | null;

/** The frame of every page behind a key: header, navigation, and the page in `<main>`. */
export function AppShell() {
  const t = useMessages(messages);
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const capabilities = useKeyCapabilities();
  const signOut = useSignOut();
  const [panel, setPanel] = useState<Panel>(null);
  // A panel stays mounted after its first open, so it can animate closed and keep its state.
  const [loaded, setLoaded] = useState<Partial<Record<Exclude<Panel, null>, boolean>>>({});
  const close = useCallback(() => {
    stopTypeAhead();
    setPanel(null);
  }, []);
  const open = useCallback(
    (which: Exclude<Panel, null>) => {
      // Keys typed while the palette loads and takes focus are its query, not the page's.
      if (which === 'palette') startTypeAhead(close);
      setLoaded((was) => ({ ...was, [which]: true }));
      setPanel(which);
    },
    [close],
  );
  usePaletteShortcuts(() => (panel === 'palette' ? close() : open('palette')));
  useRecordVisits();
  const headerRef = useRef<HTMLElement>(null);
  usePublishStickyTop(headerRef);
  const items = useMemo(() => visibleNavItems(capabilities), [capabilities]);
  const actions = useMemo<ShellActions>(() => ({ openRequestLog: () => open('request-log') }), [open]);
  const isDemo = DEMO_AVAILABLE && connection?.kind === 'demo';
  const described = connection ? describeConnection(connection) : null;
  // Forms with unsaved changes (their drafts): signing out discards them, so ask first.
  const [unsavedForms, setUnsavedForms] = useState(0);
  const requestSignOut = () => {
    const drafts = countDrafts();
    if (drafts > 0) setUnsavedForms(drafts);
    else void signOut();
  };

  return (
    <ShellContext.Provider value={actions}>
      <div className="min-h-screen bg-slate-50 dark:bg-slate-950">
        <a href="#main" className={SKIP_LINK_CLASS}>
          {t.skip}
        </a>
        {/* In a window of at least 768 × 560 px the header stays at the top, so the rate limit is
            always in view (the design card's banner) while a long list scrolls. On a phone it takes
            two to four rows, and a phone on its side has little height: there it scrolls away. */}
        <header
          ref={headerRef}
          className="border-b border-slate-200 bg-white roomy:sticky roomy:top-0 roomy:z-30 dark:border-slate-800 dark:bg-slate-900"
        >
          {/* On a phone: name and actions, then the connection and the rate limit, side by side
              when the rate limit's whole text fits there, else on a row of its own; up to `lg`
              the actions may take a second row. From `lg` up one row: the actions keep their size
              and the connection and the rate limit give way (cut short, full text in the tooltip). */}
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-2 gap-y-2 px-4 py-2 sm:gap-x-3 lg:flex-nowrap">
            <Link to="/" className="shrink-0 font-semibold text-slate-900 dark:text-slate-50">
              {/* i18n-ignore: the product's name */}
              4b42 Console
            </Link>
            {described && (
              <span
                className="order-2 min-w-0 max-w-full truncate rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700 sm:order-none lg:max-w-48 lg:shrink-0 dark:bg-slate-800 dark:text-slate-300"
                title={described.long}
              >
                <span className="sr-only">{t.connectedTo}</span>
                {described.short}
              </span>
            )}
            <RateLimitBanner
              className="order-3 min-w-0 grow sm:order-none sm:grow-0 lg:min-w-0"
              textClassName="lg:truncate"
            />
            {/* Wraps rather than overflows on the narrowest phones (a longer language name). The request
                log and the demo controls are icons at every width: the row is at most 1280 px wide
                (max-w-7xl), and their German and French labels would not fit beside the rest. */}
            <div className="order-1 ml-auto flex max-w-full shrink-0 flex-wrap items-center justify-end gap-0.5 sm:order-none sm:gap-1">
              <PaletteButton onClick={() => open('palette')} />
              <LanguageSelect />
              <ThemeToggle />
              <Button
                size="sm"
                variant="ghost"
                aria-haspopup="dialog"
                title={t.requestLog}
                onClick={() => open('request-log')}
              >
                <ListIcon />
                <span className="sr-only">{t.requestLog}</span>
              </Button>
              {isDemo && (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-haspopup="dialog"
                  title={t.demo}
                  onClick={() => open('demo')}
                >
                  <SlidersIcon />
                  <span className="sr-only">{t.demo}</span>
                </Button>
              )}
              <Button size="sm" title={t.signOut} onClick={requestSignOut}>
                <SignOutIcon />
                <span className="sr-only sm:not-sr-only">{t.signOut}</span>
              </Button>
            </div>
          </div>
        </header>
        <OfflineBanner />
        {/* Where the header scrolls away, the rate limit's pill sits in the window's bottom corner: the
            page ends with room for it, so it never covers the last line. */}
        <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 pt-4 pb-12 md:flex-row md:gap-6 md:pt-6 roomy:pb-6">
          <MainNav items={items} onOpenRequestLog={() => open('request-log')} />
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
            {/* Whatever a page waits on that its route does not catch (a loading view whose own code
                is still on its way, say) waits here, inside the console: without this boundary the
                router's outer one hid the whole shell behind a bare "Loading…". */}
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
      </div>
      <LazyConfirmDialog
        open={unsavedForms > 0}
        onClose={() => setUnsavedForms(0)}
        title={t.unsavedTitle}
        confirmLabel={t.unsavedConfirm}
        onConfirm={() => {
          setUnsavedForms(0);
          void signOut();
        }}
      >
        {t.unsaved(unsavedForms)}
      </LazyConfirmDialog>
      {loaded['request-log'] && <LazyRequestLogDrawer open={panel === 'request-log'} onClose={close} />}
      {isDemo && loaded.demo && <LazyDemoPanel open={panel === 'demo'} onClose={close} />}
      {loaded.palette && (
        <LazyCommandPalette
          open={panel === 'palette'}
          onClose={close}
          demo={isDemo}
          actions={{
            'request-log': () => open('request-log'),
            'demo-controls': () => open('demo'),
            'sign-out': requestSignOut,
          }}
        />
      )}
    </ShellContext.Provider>
  );
}

function ListIcon() {
  return (
    <Icon>
      <path d="M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01" />
    </Icon>
  );
}

function SlidersIcon() {
  return (
    <Icon>
      <path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0" />
      <circle cx="16" cy="6" r="2" />
      <circle cx="10" cy="12" r="2" />
      <circle cx="18" cy="18" r="2" />
    </Icon>
  );
}

function SignOutIcon() {
  return (
    <Icon className="h-4 w-4 sm:hidden">
      <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" />
    </Icon>
  );
}
