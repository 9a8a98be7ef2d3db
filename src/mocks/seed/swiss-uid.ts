import { formatSwissUid, uidChecksumValid } from '@/api/domain/vat';

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4] as const;

/**
 * A Swiss UID (`CHE-123.456.789 MWST`) whose ninth digit is the mod-11 check digit of the first
 * eight. Where the check digit would be 10 (no valid UID), the eighth digit is bumped.
 */
export function swissUid(firstEight: string): string {
  const digits = [...firstEight].map(Number);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const sum = WEIGHTS.reduce((total, weight, i) => total + weight * (digits[i] ?? 0), 0);
    const check = 11 - (sum % 11);
    if (check !== 10) {
      const uid = formatSwissUid(`CHE${digits.join('')}${check === 11 ? 0 : check}MWST`);
      if (uid && uidChecksumValid(uid)) return uid;
    }
    digits[7] = ((digits[7] ?? 0) + 1) % 10;
  }
  throw new Error(`No valid UID near ${firstEight}`);
}
