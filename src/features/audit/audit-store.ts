import { connectionFingerprint, connectionStore } from '@/api/connection';
import { createExternalStore } from '@/api/external-store';
import { type AuditEntry, closedBeforeAnswer } from './audit-entry';

/** The newest writes kept per connection; older ones are dropped. */
export const AUDIT_LIMIT = 1000;
/**
 * Characters of localStorage the audit of one connection may take (about 5 MB per origin, shared
 * with the demo's data and remembered connections): the oldest entries go first past it.
 */
export const AUDIT_STORED_LIMIT = 1_000_000;

const PREFIX = '4b42.audit.';
/** Writes still pending from before this page was loaded can no longer get their answer here. */
const loadedAt = Date.now();

export const auditStorageKey = (fingerprint: string) => `${PREFIX}${fingerprint}`;

function currentFingerprint(): string | null {
  const connection = connectionStore.get();
  return connection ? connectionFingerprint(connection) : null;
}

function looksLikeEntry(value: unknown): value is AuditEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<AuditEntry>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.at === 'number' &&
    typeof entry.endpointId === 'string' &&
    Array.isArray(entry.changes) &&
    typeof entry.outcome?.state === 'string'
  );
}

// The last text read or written per key and what it parsed to: a run of writes parses once.
const parsed = new Map<string, { text: string; entries: readonly AuditEntry[] }>();
// Each entry is turned into JSON once, not again with every write that follows it.
const jsonOf = new WeakMap<AuditEntry, string>();

function read(fingerprint: string): readonly AuditEntry[] {
  const key = auditStorageKey(fingerprint);
  let text: string | null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return [];
  }
  if (text === null) return [];
  const known = parsed.get(key);
  if (known?.text === text) return known.entries;
  let entries: readonly AuditEntry[] = [];
  try {
    const stored: unknown = JSON.parse(text);
    entries = Array.isArray(stored)
      ? stored
          .filter(looksLikeEntry)
          .map((e) =>
            e.outcome.state === 'pending' && e.at < loadedAt ? { ...e, outcome: closedBeforeAnswer() } : e,
          )
      : [];
  } catch {
    entries = [];
  }
  parsed.set(key, { text, entries });
  return entries;
}

/** The newest entries that fit in `limit` characters of JSON, and that JSON. */
function fitting(entries: readonly AuditEntry[], limit: number): { kept: AuditEntry[]; text: string } {
  const parts: string[] = [];
  let size = 2;
  for (const entry of entries.slice(0, AUDIT_LIMIT)) {
    let json = jsonOf.get(entry);
    if (json === undefined) {
      json = JSON.stringify(entry);
      jsonOf.set(entry, json);
    }
    if (size + json.length + 1 > limit) break;
    parts.push(json);
    size += json.length + 1;
  }
  return { kept: entries.slice(0, parts.length), text: `[${parts.join(',')}]` };
}

function write(fingerprint: string, entries: readonly AuditEntry[]): readonly AuditEntry[] {
  const key = auditStorageKey(fingerprint);
  let limit = AUDIT_STORED_LIMIT;
  // Storage full (other data grew): keep fewer of the oldest until it fits.
  for (let attempt = 0; attempt < 4; attempt++) {
    const { kept, text } = fitting(entries, limit);
    try {
      if (kept.length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, text);
      parsed.set(key, { text, entries: kept });
      return kept;
    } catch {
      limit = Math.floor(limit / 2);
    }
  }
  return entries.slice(0, AUDIT_LIMIT);
}

/** The current connection's audit, newest first, live. */
export const auditStore = createExternalStore<readonly AuditEntry[]>([]);

function reload() {
  const fingerprint = currentFingerprint();
  auditStore.set(fingerprint ? read(fingerprint) : []);
}
reload();
connectionStore.subscribe(reload);
// Another tab of the same connection wrote or cleared it.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === null || event.key.startsWith(PREFIX)) reload();
});

/** Changes the audit of one connection (read fresh, so two tabs do not drop each other's entries). */
export function updateAudit(
  fingerprint: string,
  update: (entries: readonly AuditEntry[]) => readonly AuditEntry[],
): void {
  const next = write(fingerprint, update(read(fingerprint)));
  if (fingerprint === currentFingerprint()) auditStore.set(next);
}

/** Forgets the current connection's audit (the user asked: sign-out keeps it). */
export function clearAudit(): void {
  const fingerprint = currentFingerprint();
  if (fingerprint) updateAudit(fingerprint, () => []);
}
