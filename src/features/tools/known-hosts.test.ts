import { describe, expect, it } from 'vitest';
import { checkHostKey, forgetHostKey, trustHostKey } from './known-hosts';

const A = '4B42D4824B425C7A4B42D350935840DD';
const B = '9F1C27A04E8B3D6651C0E2B7A9D4F318';

describe('trust on first use', () => {
  it('remembers the first key, then matches it however it is written', () => {
    expect(checkHostKey('ssh.example.ch', A, 1)).toEqual({ kind: 'first-use' });
    expect(checkHostKey('SSH.example.ch', A.toLowerCase(), 2)).toEqual({
      kind: 'matches',
      known: { fingerprint: A, since: 1 },
    });
  });

  it('a different key is a change, until the user trusts it', () => {
    checkHostKey('ssh.example.ch', A, 1);
    expect(checkHostKey('ssh.example.ch', B, 2)).toEqual({
      kind: 'changed',
      known: { fingerprint: A, since: 1 },
    });
    // Still the old key: a change is never remembered on its own.
    expect(checkHostKey('ssh.example.ch', B, 3).kind).toBe('changed');
    trustHostKey('ssh.example.ch', B, 4);
    expect(checkHostKey('ssh.example.ch', B, 5).kind).toBe('matches');
  });

  it('no key (nothing answered) is neither remembered nor compared', () => {
    expect(checkHostKey('ssh.example.ch', null)).toEqual({ kind: 'no-key' });
    expect(checkHostKey('ssh.example.ch', A).kind).toBe('first-use');
    forgetHostKey('ssh.example.ch');
    expect(checkHostKey('ssh.example.ch', B).kind).toBe('first-use');
  });
});
