import type { ReactNode } from 'react';
import { Button } from '../ui/button';
import { ErrorPanel } from '../ui/error-panel';
import type { FormSubmission } from './use-form-submission';

const boxClass =
  'space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100';

/** Any write whose answer was lost (timeout, broken connection, 5xx): it may have happened. */
export function MayHaveBeenSaved({
  error,
  title = 'No answer: this may have been saved',
  children,
}: {
  error: unknown;
  title?: string;
  children: ReactNode;
}) {
  return (
    <ErrorPanel error={error} title={title}>
      <p className="mt-2">
        The request may have been carried out although no usable answer came back. {children}
      </p>
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
  openLabel = 'Open it',
}: {
  submission: Pick<FormSubmission<unknown>, 'lostAnswer' | 'acceptFound' | 'sendAgain' | 'checkAgain'>;
  /** What the write makes, for the text: "the customer". */
  what: string;
  openLabel?: string;
}) {
  const lost = submission.lostAnswer;
  if (!lost) return null;
  return (
    <section aria-label="Outcome unknown" className="space-y-3">
      <MayHaveBeenSaved error={lost.error}>
        It is not sent again on its own
        {lost.state === 'checking' ? `: checking whether ${what} was saved…` : '.'}
      </MayHaveBeenSaved>
      {lost.state === 'found' && (
        <div role="status" className={boxClass}>
          <p className="font-semibold">It was saved.</p>
          <p>The API has {what} with the values you sent.</p>
          <Button size="sm" variant="primary" onClick={submission.acceptFound}>
            {openLabel}
          </Button>
        </div>
      )}
      {lost.state === 'not-found' && (
        <div role="status" className={boxClass}>
          <p className="font-semibold">Not found: it was not saved.</p>
          <p>The API has no {what.replace(/^the /, '')} with the values you sent. Your input is kept.</p>
          <Button size="sm" variant="primary" onClick={submission.sendAgain}>
            Send again
          </Button>
        </div>
      )}
      {lost.state === 'unknown' && (
        <div role="status" className={boxClass}>
          <p className="font-semibold">Could not check whether it was saved.</p>
          <ErrorPanel error={lost.checkError} title="Reading it back failed" />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={submission.checkAgain}>
              Check again
            </Button>
            {/* The user's informed choice, so a broken read never traps the form. */}
            <Button size="sm" variant="ghost" onClick={submission.sendAgain}>
              Send anyway (it may be saved twice)
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
