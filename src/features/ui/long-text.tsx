import { useState } from 'react';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import { Button } from './button';
import { cx } from './class-names';
import { downloadBlob } from './download';
import { ScrollPre } from './scroll-pre';

const messages = i18n('ui/long-text', {
  cut: params<{ shown: string; total: string }>('Showing the first {shown} of {total} characters.'),
  showAll: 'Show all',
  showLess: 'Show less',
  download: 'Download',
});

/** Past this many characters a body is cut for display: a multi-megabyte text node stalls layout. */
export const DISPLAY_LIMIT = 200_000;

/**
 * Preformatted text that scrolls inside itself (never widens the page) and is cut past
 * `DISPLAY_LIMIT` with "Show all" and "Download". Always text: never rendered as HTML.
 */
export function LongText({
  text,
  label,
  filename,
  type = 'application/json',
  className,
}: {
  text: string;
  /** Accessible name of the scrollable region. */
  label: string;
  filename: string;
  type?: string;
  className?: string;
}) {
  const t = useMessages(messages);
  const [showAll, setShowAll] = useState(false);
  const cut = !showAll && text.length > DISPLAY_LIMIT;
  return (
    <div className={cx('min-w-0 space-y-2', className)}>
      <ScrollPre label={label}>{cut ? text.slice(0, DISPLAY_LIMIT) : text}</ScrollPre>
      {text.length > DISPLAY_LIMIT && (
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          {cut && <p>{t.cut({ shown: formatNumber(DISPLAY_LIMIT), total: formatNumber(text.length) })}</p>}
          <Button size="sm" onClick={() => setShowAll((v) => !v)}>
            {cut ? t.showAll : t.showLess}
          </Button>
          <Button size="sm" onClick={() => downloadBlob(new Blob([text], { type }), filename)}>
            {t.download}
          </Button>
        </div>
      )}
    </div>
  );
}
