import { useRef } from 'react';
import { forgetRestrictions } from '@/api/key-capabilities';
import { describeRestriction, type LearnedRestriction } from '@/api/permissions';
import { Button } from '@/features/ui/button';
import { useRowRemovalFocus } from '@/features/ui/use-row-removal-focus';
import { i18n, params, useMessages } from '@/i18n';

const messages = i18n('shell/learned-restrictions', {
  title: 'Refused so far',
  forgetAll: 'Forget all',
  none: 'Nothing yet. When the API refuses a call (403), that action is turned off here, with the reason.',
  forget: 'Forget',
  forgetOne: params<{ what: string }>('Forget: {what}'),
});

/** What the API refused this key so far; each entry can be forgotten (the key may have changed). */
export function LearnedRestrictions({ learned }: { learned: readonly LearnedRestriction[] }) {
  const t = useMessages(messages);
  const list = useRef<HTMLUListElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const removes = useRowRemovalFocus(list, title);
  return (
    <section aria-labelledby="learned-title" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3
          ref={title}
          id="learned-title"
          className="text-sm font-semibold text-slate-900 dark:text-slate-50"
        >
          {t.title}
        </h3>
        {learned.length > 1 && (
          <Button size="sm" {...removes(() => forgetRestrictions())}>
            {t.forgetAll}
          </Button>
        )}
      </div>
      {learned.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t.none}</p>
      ) : (
        <ul ref={list} className="space-y-1 text-sm">
          {learned.map((restriction, index) => (
            <li
              key={`${restriction.code} ${restriction.method} ${restriction.path} ${restriction.customerNumber}`}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-800"
            >
              <span className="min-w-0 break-words text-slate-800 dark:text-slate-200">
                {describeRestriction(restriction)}{' '}
                <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
                  {restriction.method} {restriction.path}
                </span>
              </span>
              <Button
                size="sm"
                {...removes(() => forgetRestrictions(index))}
                aria-label={t.forgetOne({ what: describeRestriction(restriction) })}
              >
                {t.forget}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
