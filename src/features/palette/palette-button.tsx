import { Icon } from '@/features/ui/icon';
import { i18n, params, useMessages } from '@/i18n';
import { isApplePlatform } from './palette-shortcuts';

const messages = i18n('palette/palette-button', {
  title: params<{ keys: string }>('Search pages, records and actions ({keys})'),
  search: 'Search…',
  command: 'Command',
  // German keyboards print "Strg" on the Ctrl key.
  ctrlPlusK: 'Ctrl+K',
  ctrlK: 'Ctrl K',
});

const KBD_CLASS =
  'rounded border border-slate-300 bg-slate-50 px-1 font-sans text-[0.7rem] text-slate-600 ' +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300';

/** The header's way into the command palette, which also teaches its shortcut. */
export function PaletteButton({ onClick }: { onClick: () => void }) {
  const t = useMessages(messages);
  const apple = isApplePlatform();
  return (
    <button
      type="button"
      onClick={onClick}
      aria-haspopup="dialog"
      aria-keyshortcuts={apple ? 'Meta+K' : 'Control+K'}
      title={t.title({ keys: apple ? '⌘K' : t.ctrlPlusK })}
      className={
        'inline-flex items-center gap-2 rounded-md px-2.5 py-1 text-xs font-medium text-slate-700 ' +
        'hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 ' +
        'sm:border sm:border-slate-300 sm:text-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 ' +
        'dark:sm:border-slate-600 dark:sm:text-slate-300'
      }
    >
      <Icon>
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </Icon>
      {/* Between `sm` and `xl` the header is short of room: the icon and the shortcut say enough. */}
      <span className="sr-only xl:not-sr-only">{t.search}</span>
      <kbd className={`hidden sm:inline ${KBD_CLASS}`}>
        {apple ? (
          <>
            <abbr title={t.command} className="no-underline">
              ⌘
            </abbr>
            K
          </>
        ) : (
          t.ctrlK
        )}
      </kbd>
    </button>
  );
}
