import { useCallback, useEffect, useRef, useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { connectionFingerprint, connectionStore } from '@/api/connection';
import { type FieldChange, mergeWithServer } from './server-changes';

const PREFIX = '4b42.draft.';

interface StoredDraft {
  savedAt: number;
  values: Record<string, unknown>;
  /** The server values the form started from when the draft was written. */
  base?: Record<string, unknown>;
}

export interface UseFormDraftOptions {
  /** One key per form and entity, e.g. `customer.edit.10000001`; null keeps no draft. */
  key: string | null;
  /** Fields never written to storage (passwords). */
  omit?: readonly string[];
  /** What of nested values may be stored (e.g. the explorer's body without its secrets). */
  keep?: (values: Record<string, unknown>) => Record<string, unknown>;
}

export interface FormDraft {
  /** When the restored draft was saved, or null when the form started clean. */
  restoredAt: number | null;
  /**
   * Fields the server changed since the restored draft began (none for a new record): the draft's
   * own edits are kept, the rest takes the server's values; `ServerChangesPanel` lets the user
   * choose per field.
   */
  serverChanges: readonly FieldChange[];
  /** The user has looked at `serverChanges`. */
  dismissServerChanges(): void;
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

/**
 * Drafts belong to one connection (API origin + a fingerprint of the key, never the key): a draft
 * typed against the demo never shows up under a real API or another key.
 */
function connectionScope(): string {
  const connection = connectionStore.get();
  if (!connection) return 'none';
  return connectionFingerprint(connection);
}

/** Where a form's draft lives in sessionStorage for the current connection. */
export function draftStorageKey(key: string): string {
  return `${PREFIX}${connectionScope()}.${key}`;
}

export function readDraft(key: string): StoredDraft | null {
  const raw = storage()?.getItem(draftStorageKey(key));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft;
    return parsed && typeof parsed.values === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(draftStorageKey(key));
}

function draftKeys(all: boolean): string[] {
  const store = storage();
  if (!store) return [];
  const mine = `${PREFIX}${connectionScope()}.`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    if (name?.startsWith(all ? PREFIX : mine)) keys.push(name);
  }
  return keys;
}

/** How many forms hold unsaved changes for the current connection (asked before signing out). */
export function countDrafts(): number {
  return draftKeys(false).length;
}

/** Signing out: every draft of every connection goes. */
export function clearAllDrafts(): void {
  for (const name of draftKeys(true)) storage()?.removeItem(name);
}

function without(values: Record<string, unknown>, omit: readonly string[]) {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !omit.includes(name)));
}

/**
 * Keeps a form's unsaved values in this tab's sessionStorage, with the server values the form
 * started from, so they survive a reload and the 401 → connect → back round trip. On mount a
 * stored draft is restored over the defaults (which stay the defaults: the form is dirty again);
 * if the server changed since the draft began, only the user's own edits are restored and the
 * differences are listed in `serverChanges`.
 */
export function useFormDraft<T extends FieldValues, TOutput>(
  form: UseFormReturn<T, unknown, TOutput>,
  options: UseFormDraftOptions,
): FormDraft {
  const { key } = options;
  const omitRef = useRef(options.omit ?? []);
  const keepRef = useRef(options.keep ?? ((values: Record<string, unknown>) => values));
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [serverChanges, setServerChanges] = useState<readonly FieldChange[]>([]);
  // While true, value changes are not written: a reset after saving must not bring the draft back.
  const pausedRef = useRef(false);

  useEffect(() => {
    pausedRef.current = false;
    if (key === null) return;
    const draft = readDraft(key);
    if (draft) {
      const current = form.getValues() as Record<string, unknown>;
      // A draft from before drafts kept their base: the old behaviour, values over the defaults.
      const merged = draft.base
        ? mergeWithServer(draft.base, draft.values, current)
        : { values: { ...current, ...draft.values }, changes: [] };
      form.reset(merged.values as DefaultValues<T>, { keepDefaultValues: true });
      setRestoredAt(draft.savedAt);
      setServerChanges(merged.changes.filter((change) => !omitRef.current.includes(change.name)));
    }
    return form.subscribe({
      formState: { values: true, isDirty: true },
      callback: ({ values, isDirty }) => {
        if (pausedRef.current) return;
        if (!isDirty) {
          clearDraft(key);
          return;
        }
        const stored: StoredDraft = {
          savedAt: Date.now(),
          values: keepRef.current(without(values, omitRef.current)),
          base: keepRef.current(
            without((form.formState.defaultValues ?? {}) as Record<string, unknown>, omitRef.current),
          ),
        };
        try {
          storage()?.setItem(draftStorageKey(key), JSON.stringify(stored));
        } catch {
          // Storage full or blocked: the form still works, only the draft is not kept.
        }
      },
    });
  }, [form, key]);

  const clear = useCallback(() => {
    pausedRef.current = true;
    if (key !== null) clearDraft(key);
    setRestoredAt(null);
    setServerChanges([]);
  }, [key]);

  const discard = useCallback(() => {
    pausedRef.current = true;
    form.reset();
    if (key !== null) clearDraft(key);
    pausedRef.current = false;
    setRestoredAt(null);
    setServerChanges([]);
  }, [form, key]);

  const dismissServerChanges = useCallback(() => setServerChanges([]), []);

  return { restoredAt, serverChanges, dismissServerChanges, clear, discard };
}
