import { type ChangeEvent, type FormEvent, useCallback, useRef, useState } from 'react';
import { CONNECT_DEFAULTS, type ConnectFormValues, validateConnect } from './connect-schema';
import { lastEndpoint } from './last-endpoint';

type Name = keyof ConnectFormValues;
type TextName = 'baseUrl' | 'apiKey' | 'customerNumber';
type ChoiceName = 'keyHeader' | 'scope';

/** Where the first message sends the focus, in screen order (a radio group always has a choice). */
const FIELD_ORDER: readonly TextName[] = ['baseUrl', 'apiKey', 'customerNumber'];

/**
 * The connect form's state, without a form library: six fields, checked by `validateConnect`.
 * react-hook-form was a tenth of what the connect screen, the first page a new user meets, loaded.
 * As the kit's forms do: every message shows at once on a send and then follows the typing, the
 * focus goes to the first field with one, and a send in progress is not sent again.
 */
export function useConnectFields(onValid: (values: ConnectFormValues) => Promise<void>) {
  const [values, setValues] = useState(() => ({ ...CONNECT_DEFAULTS, ...lastEndpoint() }));
  const [tried, setTried] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const sending = useRef(false);
  const elements = useRef(new Map<TextName, HTMLInputElement>());
  const errors = tried ? validateConnect(values).errors : {};

  const setValue = useCallback(<N extends Name>(name: N, value: ConnectFormValues[N]) => {
    setValues((current) => ({ ...current, [name]: value }));
  }, []);
  const setFocus = useCallback((name: TextName) => elements.current.get(name)?.focus(), []);
  const refFor = (name: TextName) => (element: HTMLInputElement | null) => {
    if (element) elements.current.set(name, element);
    else elements.current.delete(name);
  };

  const text = (name: TextName) => ({
    name,
    value: values[name],
    ref: refFor(name),
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(name, event.target.value),
  });
  const choice = (name: ChoiceName, option: string) => ({
    name,
    type: 'radio' as const,
    value: option,
    checked: values[name] === option,
    onChange: () => setValue(name, option as ConnectFormValues[ChoiceName]),
  });
  const checkbox = (name: 'remember') => ({
    name,
    type: 'checkbox' as const,
    checked: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(name, event.target.checked),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.current) return;
    setTried(true);
    const checked = validateConnect(values);
    const first = FIELD_ORDER.find((name) => checked.errors[name]);
    if (first) {
      setFocus(first);
      return;
    }
    // Valid as sent: a field shown later (the customer number, when asked) starts without a message.
    setTried(false);
    sending.current = true;
    setSubmitting(true);
    try {
      await onValid(checked.values);
    } finally {
      sending.current = false;
      setSubmitting(false);
    }
  };

  return { values, errors, isSubmitting, setValue, setFocus, text, choice, checkbox, submit };
}
