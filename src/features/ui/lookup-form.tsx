import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import {
  type ComponentProps,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  useEffect,
  useState,
} from 'react';
import { Button } from './button';
import { cx, inputClass } from './class-names';
import { besideInputClass, Field, fieldRowClass } from './field';

type FieldProps = Omit<ComponentProps<typeof Field>, 'children'>;
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'>;

/** A labelled text box whose value lives in the page's state (not in a react-hook-form form). */
export function TextField({
  value,
  onChange,
  input,
  ...field
}: FieldProps & { value: string; onChange: (value: string) => void; input?: InputProps }) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          {...input}
          className={inputClass}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** One text box and its button in a row: the lookup pages' form (abuse, SSH check, movie). */
export function LookupForm({
  formLabel,
  onSubmit,
  submitLabel,
  pending,
  ...field
}: ComponentProps<typeof TextField> & {
  /** The form's accessible name. */
  formLabel: string;
  onSubmit: (event: FormEvent) => void;
  submitLabel: ReactNode;
  pending?: boolean;
}) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={formLabel}
      className={cx(fieldRowClass, 'mb-6 max-w-xl')}
    >
      <TextField className="min-w-0 flex-1" {...field} />
      <Button type="submit" variant="primary" pending={pending} className={besideInputClass}>
        {submitLabel}
      </Button>
    </form>
  );
}

/** What a lookup box's text means: the value to look up, or why it is not one. */
export type LookupParse = (typed: string) => { value: string } | { error: string };

/**
 * The state of a lookup page's box, for `LookupForm`: the text as typed, its error, and a submit
 * that parses it and hands the value on. The text follows `current` (the value in the URL) when
 * that changes, e.g. on back and forward; `follow: false` leaves the text as typed. Submitting the
 * value already looked up calls `again` as well (the URL does not change, so nothing else would).
 */
export function useLookup(
  current: string,
  parse: LookupParse,
  onLookup: (value: string) => void,
  { follow = true, again }: { follow?: boolean; again?: () => void } = {},
) {
  const [typed, setTyped] = useState(current);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (follow) setTyped(current);
  }, [current, follow]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parse(typed);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    onLookup(parsed.value);
    if (parsed.value === current) again?.();
  };
  return { value: typed, onChange: setTyped, error, onSubmit };
}

/**
 * `useLookup`'s `again` for an answer read by a query: a failed answer is asked for once more (the
 * click says so), with the loading state; an answer shown is kept (no request).
 */
export function useAskAgainIfFailed(queryKey: QueryKey | null): () => void {
  const client = useQueryClient();
  return () => {
    if (queryKey && client.getQueryState(queryKey)?.status === 'error')
      void client.resetQueries({ queryKey, exact: true });
  };
}
