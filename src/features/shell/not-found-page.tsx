import { Link } from '@tanstack/react-router';
import { i18n, useMessages } from '@/i18n';
import { AdaptiveLayout } from './standalone-layout';

const messages = i18n('shell/not-found-page', {
  title: 'Not found · 4b42 Console',
  heading: 'Page not found',
  text: 'There is no page at this address in the console. It may have moved, or the link may be mistyped.',
  home: 'Go to the home page',
});

/** 404: inside the shell for a known key, on its own otherwise. */
export function NotFoundPage() {
  const t = useMessages(messages);
  return (
    <AdaptiveLayout>
      <title>{t.title}</title>
      <div className="space-y-3">
        <p className="text-sm font-medium text-slate-600 dark:text-slate-400">404</p>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">
          {t.heading}
        </h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.text}</p>
        <Link
          to="/"
          className="inline-flex rounded-md bg-teal-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-teal-800 dark:bg-teal-700 dark:hover:bg-teal-600"
        >
          {t.home}
        </Link>
      </div>
    </AdaptiveLayout>
  );
}
