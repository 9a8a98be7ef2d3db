import { sameFingerprint } from '@/api/domain/ssh-fingerprint';

/**
 * Trust on first use, like ssh's known_hosts: the first fingerprint seen for a host is
 * remembered on this device; a different one later is a warning (a reinstall, or an attack).
 */
export interface KnownHost {
  fingerprint: string;
  /** Epoch ms. */
  since: number;
}

export type HostKeyVerdict =
  | { kind: 'first-use' }
  | { kind: 'matches'; known: KnownHost }
  | { kind: 'changed'; known: KnownHost }
  | { kind: 'no-key' };

const STORAGE_KEY = '4b42.console.known-hosts';

function read(): Record<string, KnownHost> {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, KnownHost>) : {};
  } catch {
    return {};
  }
}

function write(hosts: Record<string, KnownHost>): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(hosts));
  } catch {
    // Storage full or off: the check still shows; it is just not remembered.
  }
}

const hostKey = (host: string) => host.trim().toLowerCase();

/** Compares with what this device remembers, remembering the key on first use. */
export function checkHostKey(
  host: string,
  fingerprint: string | null | undefined,
  now = Date.now(),
): HostKeyVerdict {
  if (!fingerprint) return { kind: 'no-key' };
  const hosts = read();
  const known = hosts[hostKey(host)];
  if (!known) {
    write({ ...hosts, [hostKey(host)]: { fingerprint, since: now } });
    return { kind: 'first-use' };
  }
  return sameFingerprint(known.fingerprint, fingerprint)
    ? { kind: 'matches', known }
    : { kind: 'changed', known };
}

/** After a change the user has verified: the new key is the one to expect from now on. */
export function trustHostKey(host: string, fingerprint: string, now = Date.now()): void {
  write({ ...read(), [hostKey(host)]: { fingerprint, since: now } });
}

export function forgetHostKey(host: string): void {
  const { [hostKey(host)]: _gone, ...rest } = read();
  write(rest);
}
