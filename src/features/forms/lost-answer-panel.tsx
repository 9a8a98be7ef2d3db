import { type ReactNode, useRef } from 'react';
import { isApiError } from '@/api/api-error';
import { Button } from '@/features/ui/button';
import { ErrorPanel, lostCause } from '@/features/ui/error-panel';
import { i18n, params, useMessages } from '@/i18n';
import type { FormSubmission } from './use-form-submission';

// `what` is the area's noun for what the write makes ("the customer"), in the current language.
const messages = i18n('forms/lost-answer-panel', {
  mayHaveBeenSaved: 'No answer: this may have been saved',
  mayHaveBeenSavedServerError: 'Server error: this may have been saved',
  mayHaveBeenSavedUnreadable: 'Unreadable answer: this may have been saved',
  openIt: 'Open it',
  outcomeUnknown: 'Outcome unknown',
  notResent: 'It is not sent again on its own',
  checking: params<{ what: string }>(': checking whether {what} was saved…'),
  period: '.',
  saved: 'It was saved.',
  found: params<{ what: string }>('The API has {what} with the values you sent.'),
  notFound: 'Not found: it was not saved.',
  // `what` without its English article: "The API has no customer…".
  missing: params<{ what: string }>('The API has no {what} with the values you sent. Your input is kept.'),
  sendAgain: 'Send again',
  notChecked: 'Could not check whether it was saved.',
  readFailed: 'Reading it back failed',
  checkAgain: 'Check again',
  sendAnyway: 'Send anyway (it may be saved twice)',
  notListedYet: 'Not listed yet.',
  mayShowLater: params<{ what: string }>(
    'The API lists no {what} with the values you sent yet, but an order can take a while to show: it may have been placed. Your input is kept.',
  ),
  orderAnyway: 'Order anyway (it may be ordered twice)',
});

const SAVED_TITLES = {
  noAnswer: 'mayHaveBeenSaved',
  serverError: 'mayHaveBeenSavedServerError',
  unreadable: 'mayHaveBeenSavedUnreadable',
} as const;

const boxClass =
  'space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100';

/** Any write whose answer was lost (timeout, broken connection, 5xx): it may have happened. */
export function MayHaveBeenSaved({
  error,
  title,
  children,
}: {
  error: unknown;
  title?: string;
  children: ReactNode;
}) {
  const t = useMessages(messages);
  const cause = isApiError(error) ? lostCause(error) : 'noAnswer';
  return (
    <ErrorPanel error={error} lostTitle={title ?? t[SAVED_TITLES[cause]]}>
      <p className="mt-2">{children}</p>
    </ErrorPanel>
  );
}

/**
 * A write whose answer was lost: says it may have been carried out, shows what re-reading found,
 * and offers the one action that fits ("open it", "send again", "check again"). Never re-sends
 * on its own.
 */
export function LostAnswerPanel({
  submission,
  what,
  openLabel,
  order = false,
}: {
  submission: Pick<FormSubmission<unknown>, 'lostAnswer' | 'acceptFound' | 'sendAgain' | 'checkAgain'>;
  /** What the write makes, for the text: "the customer". */
  what: string;
  openLabel?: string;
  /** An order (the catalogue's `order`): its record may be listed only later, so a miss proves nothing. */
  order?: boolean;
}) {
  const t = useMessages(messages);
  const section = useRef<HTMLElement>(null);
  const lost = submission.lostAnswer;
  if (!lost) return null;
  // Each button gives way to what it starts; the keyboard's place moves first.
  const acts = {
    // Reading again replaces the box: the panel, which says what the reading finds.
    checkAgain: () => {
      section.current?.focus();
      submission.checkAgain();
    },
    // Sending again removes the panel: the form's submit button, busy while it sends.
    sendAgain: () => {
      section.current?.closest('form')?.querySelector<HTMLElement>('button[type="submit"]')?.focus();
      submission.sendAgain();
    },
  };
  return (
    <section
      ref={section}
      tabIndex={-1}
      aria-label={t.outcomeUnknown}
      className="space-y-3 focus:outline-none"
    >
      <MayHaveBeenSaved error={lost.error}>
        {t.notResent}
        {lost.state === 'checking' ? t.checking({ what }) : t.period}
      </MayHaveBeenSaved>
      {lost.state === 'found' && (
        <div role="status" className={boxClass}>
          <p className="font-semibold">{t.saved}</p>
          <p>{t.found({ what })}</p>
          <Button size="sm" variant="primary" onClick={submission.acceptFound}>
            {openLabel ?? t.openIt}
          </Button>
        </div>
      )}
      {lost.state === 'not-found' && order && (
        <div role="status" className={boxClass}>
          <p className="font-semibold">{t.notListedYet}</p>
          <p>{t.mayShowLater({ what: what.replace(/^the /, '') })}</p>
          <CheckOrSend acts={acts} sendLabel={t.orderAnyway} />
        </div>
      )}
      {lost.state === 'not-found' && !order && (
        <div role="status" className={boxClass}>
          <p className="font-semibold">{t.notFound}</p>
          <p>{t.missing({ what: what.replace(/^the /, '') })}</p>
          <Button size="sm" variant="primary" onClick={acts.sendAgain}>
            {t.sendAgain}
          </Button>
        </div>
      )}
      {lost.state === 'unknown' && (
        <div role="status" className={boxClass}>
          <p className="font-semibold">{t.notChecked}</p>
          <ErrorPanel error={lost.checkError} title={t.readFailed} />
          <CheckOrSend acts={acts} sendLabel={t.sendAnyway} />
        </div>
      )}
    </section>
  );
}

/**
 * When reading back proves nothing (it failed, or an order is not listed yet): read again, or send
 * again as the user's informed choice, so the form is never trapped.
 */
function CheckOrSend({
  acts,
  sendLabel,
}: {
  acts: { checkAgain: () => void; sendAgain: () => void };
  sendLabel: string;
}) {
  const t = useMessages(messages);
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" onClick={acts.checkAgain}>
        {t.checkAgain}
      </Button>
      <Button size="sm" variant="ghost" onClick={acts.sendAgain}>
        {sendLabel}
      </Button>
    </div>
  );
}
