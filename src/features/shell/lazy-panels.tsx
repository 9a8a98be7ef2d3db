import { Component, type ComponentProps, lazy, type ReactNode, Suspense } from 'react';
import { useReturnFocus } from '@/features/ui/use-return-focus';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('shell/lazy-panels', {
  requestLog: 'The request log could not be loaded. Reload the page to try again.',
  demo: 'The demo controls could not be loaded. Reload the page to try again.',
  palette: 'The command palette could not be loaded. Reload the page to try again.',
  confirm: 'The confirmation could not be loaded. Reload the page to try again.',
  dismiss: 'Dismiss',
});
type PanelName = 'requestLog' | 'demo' | 'palette' | 'confirm';

// Loaded on first open only: no panel is part of the first load.
const RequestLogDrawer = lazy(() =>
  import('@/features/request-log/request-log-drawer').then((m) => ({ default: m.RequestLogDrawer })),
);
// The shell asks before a sign-out discards drafts: rarely. Headless UI's dialog is not worth
// the first load of a page that shows none.
const ConfirmDialog = lazy(() =>
  import('@/features/ui/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })),
);
const CommandPalette = lazy(() =>
  import('@/features/palette/command-palette').then((m) => ({ default: m.CommandPalette })),
);
// Only demo-capable builds carry the demo panel (and whatever of the simulated API it pulls in).
const DemoPanel =
  import.meta.env.VITE_DEMO === 'true'
    ? lazy(() => import('@/features/demo/demo-panel').then((m) => ({ default: m.DemoPanel })))
    : () => null;

export function LazyRequestLogDrawer(props: { open: boolean; onClose: () => void }) {
  return (
    <LazyPanel name="requestLog" {...props}>
      <RequestLogDrawer {...props} />
    </LazyPanel>
  );
}

export function LazyDemoPanel(props: { open: boolean; onClose: () => void }) {
  return (
    <LazyPanel name="demo" {...props}>
      <DemoPanel {...props} />
    </LazyPanel>
  );
}

export function LazyCommandPalette(props: ComponentProps<typeof CommandPalette>) {
  return (
    <LazyPanel name="palette" open={props.open} onClose={props.onClose}>
      <CommandPalette {...props} />
    </LazyPanel>
  );
}

/** Rendered only while open, so its code loads on the first need. */
export function LazyConfirmDialog(props: ComponentProps<typeof ConfirmDialog>) {
  if (!props.open) return null;
  return (
    <LazyPanel name="confirm" open={props.open} onClose={props.onClose}>
      <ConfirmDialog {...props} />
    </LazyPanel>
  );
}

interface PanelProps {
  name: PanelName;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

function LazyPanel({ name, open, onClose, children }: PanelProps) {
  useReturnFocus(open);
  return (
    <PanelBoundary name={name} open={open} onClose={onClose}>
      <Suspense fallback={null}>{children}</Suspense>
    </PanelBoundary>
  );
}

/**
 * A panel that fails to load (a stale chunk after a deploy) must not take the page with it: it
 * says so while it is meant to be open. React.lazy keeps the failure, so only a reload helps.
 */
class PanelBoundary extends Component<PanelProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (!this.props.open) return null;
    return <PanelFailed name={this.props.name} onClose={this.props.onClose} />;
  }
}

function PanelFailed({ name, onClose }: { name: PanelName; onClose: () => void }) {
  const t = useMessages(messages);
  return (
    <div
      role="alert"
      className="fixed right-2 bottom-2 left-2 z-50 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 shadow-lg sm:left-auto sm:max-w-sm dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      {t[name]}{' '}
      <button type="button" className="font-medium underline" onClick={onClose}>
        {t.dismiss}
      </button>
    </div>
  );
}
