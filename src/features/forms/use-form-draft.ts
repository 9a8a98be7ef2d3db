import { useCallback, useEffect, useRef, useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';

const PREFIX = '4b42.draft.';

interface StoredDraft {
  savedAt: number;
  values: Record<string, unknown>;
}

export interface UseFormDraftOptions {
  /** One key per form and entity, e.g. `customer.edit.10000001`. */
  key: string;
  /** Fields never written to storage (passwords). */
  omit?: readonly string[];
}

export interface FormDraft {
  /** When the restored draft was saved, or null when the form started clean. */
  restoredAt: number | null;
  /** After a successful save: forget the draft and stop writing until the form mounts again. */
  clear(): void;
  /** The user's choice: forget the draft and put the form back to its defaults. */
  discard(): void;
}

function storage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string): StoredDraft | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft;
    return parsed && typeof parsed.values === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/**
 * Keeps a form's unsaved values in this tab's sessionStorage, so they survive a reload and the
 * 401 → connect → back round trip (signing out removes the key, not the drafts). On mount a stored
 * draft is restored over the defaults, which stay the defaults: the form is dirty again.
 */
export function useFormDraft<T extends FieldValues, TOutput>(
  form: UseFormReturn<T, unknown, TOutput>,
  options: UseFormDraftOptions,
): FormDraft {
  const { key } = options;
  const omitRef = useRef(options.omit ?? []);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  // While true, value changes are not written: a reset after saving must not bring the draft back.
  const pausedRef = useRef(false);

  useEffect(() => {
    pausedRef.current = false;
    const draft = readDraft(key);
    if (draft) {
      const values = { ...form.getValues(), ...draft.values } as DefaultValues<T>;
      form.reset(values, { keepDefaultValues: true });
      setRestoredAt(draft.savedAt);
    }
    return form.subscribe({
      formState: { values: true, isDirty: true },
      callback: ({ values, isDirty }) => {
        if (pausedRef.current) return;
        if (!isDirty) {
          clearDraft(key);
          return;
        }
        const kept = Object.fromEntries(
          Object.entries(values).filter(([name]) => !omitRef.current.includes(name)),
        );
        try {
          storage()?.setItem(PREFIX + key, JSON.stringify({ savedAt: Date.now(), values: kept }));
        } catch {
          // Storage full or blocked: the form still works, only the draft is not kept.
        }
      },
    });
  }, [form, key]);

  const clear = useCallback(() => {
    pausedRef.current = true;
    clearDraft(key);
    setRestoredAt(null);
  }, [key]);

  const discard = useCallback(() => {
    pausedRef.current = true;
    form.reset();
    clearDraft(key);
    pausedRef.current = false;
    setRestoredAt(null);
  }, [form, key]);

  return { restoredAt, clear, discard };
}
