import { useEffect } from 'react';
import { Toaster as SonnerToaster, toast } from 'sonner';
import { useResolvedTheme } from '@/features/theme/use-theme';
import { i18n, useMessages } from '@/i18n';
import { attachNotificationSink } from './notify';

const messages = i18n('shell/toaster', { region: 'Notifications', close: 'Close notification' });

/** sonner's outlet, with the theme resolved here: its own "system" handling needs matchMedia, which jsdom lacks. */
export function Toaster() {
  const t = useMessages(messages);
  const theme = useResolvedTheme();
  // Attached after the Toaster has mounted, so queued notices are not lost before it listens.
  useEffect(
    () =>
      attachNotificationSink((notice) => {
        toast[notice.kind](notice.title, { description: notice.description, id: notice.id });
      }),
    [],
  );
  // Sonner's richColors fail WCAG contrast (green on green): the plain theme passes.
  return (
    <SonnerToaster
      theme={theme}
      closeButton
      containerAriaLabel={t.region}
      toastOptions={{ closeButtonAriaLabel: t.close }}
    />
  );
}
