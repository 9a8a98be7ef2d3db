import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { customerLabel } from '@/features/customers/customer-bulk-actions';
import { userBulkMessages } from '@/features/directory/users/user-bulk-actions';
import { LanguageSelect } from '@/features/language/language-select';
import { formatDateTime, formatNumber, nounFor } from './format';
import { setLocale } from './i18n';
import { LOCALE_STORAGE_KEY } from './locale-store';
import { formattingTag, pickLocale } from './locales';

describe('choosing the language', () => {
  it('takes a stored choice first, then the first browser language the console speaks, by its language', () => {
    expect(pickLocale('fr', ['de-CH', 'en'])).toBe('fr');
    expect(pickLocale(null, ['it-CH', 'de-CH', 'en'])).toBe('de');
    expect(pickLocale('klingon', ['fr-BE'])).toBe('fr');
    expect(pickLocale(null, ['it', 'es'])).toBe('en');
  });

  it('formats in the browser’s own region when it names the language, else as in Switzerland', () => {
    expect(formattingTag('de', ['de-DE', 'en'])).toBe('de-DE');
    expect(formattingTag('de', ['en-GB'])).toBe('de-CH');
    expect(formattingTag('fr', ['fr'])).toBe('fr-CH');
  });
});

describe('switching', () => {
  afterEach(async () => {
    await act(() => setLocale('en'));
    localStorage.removeItem(LOCALE_STORAGE_KEY);
  });

  it('writes a count as the language writes numbers, in the plural the number takes', async () => {
    const texts = () => userBulkMessages.get();
    expect(texts().resetTitle(1)).toBe('Reset the passwords of 1 user?');
    expect(texts().resetTitle(10_000)).toBe('Reset the passwords of 10,000 users?');
    expect(texts().deleteTitle({ customerNumber: '10000010' })(2000)).toBe(
      'Delete 2,000 users of customer 10000010?',
    );
    await act(() => setLocale('de'));
    expect(texts().deleteTitle({ customerNumber: '10000010' })(10_000)).toBe(
      `${formatNumber(10_000)} Benutzer von Kunde 10000010 löschen?`,
    );
    expect(formatNumber(10_000)).not.toBe('10000');
  });

  it('changes the page’s language, its numbers and dates, and remembers the choice', async () => {
    render(<LanguageSelect />);
    const date = Date.UTC(2026, 11, 2, 13, 5);
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(formatNumber(1234.5)).toBe(new Intl.NumberFormat('en-US').format(1234.5));

    await act(() => setLocale('de'));
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de');
    expect(formatNumber(1234.5)).toBe(new Intl.NumberFormat('de-CH').format(1234.5));
    expect(formatDateTime(date, { month: 'long' })).toBe('Dezember');

    await act(() => setLocale('fr'));
    expect(screen.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    expect(formatDateTime(date, { month: 'long' })).toBe('décembre');
  });

  it('picks a list’s word for a count by the language’s plural rules, as count() messages do', async () => {
    const noun = ['row', 'rows'] as const;
    expect([0, 1, 2].map((n) => nounFor(n, noun))).toEqual(['rows', 'row', 'rows']);
    await act(() => setLocale('fr'));
    expect([0, 1, 2].map((n) => nounFor(n, ['client', 'clients']))).toEqual(['client', 'client', 'clients']);
  });

  it('formats a count once per language: a list shows the same counts on every keystroke', async () => {
    // `format` is a getter that hands out a bound function: each read is one use.
    const format = vi.spyOn(Intl.NumberFormat.prototype as { format: unknown }, 'format', 'get');
    const select = vi.spyOn(Intl.PluralRules.prototype, 'select');
    try {
      // Numbers no other test formats: the answers are kept for the whole run.
      const counts = () => [formatNumber(98_765), formatNumber(4_321), nounFor(4_321, ['row', 'rows'])];
      const first = counts();
      expect(counts()).toEqual(first);
      expect(format).toHaveBeenCalledTimes(2);
      expect(select).toHaveBeenCalledTimes(1);
      await act(() => setLocale('de'));
      expect(formatNumber(98_765)).toBe(new Intl.NumberFormat('de-CH').format(98_765));
    } finally {
      format.mockRestore();
      select.mockRestore();
    }
  });

  it('follows the browser’s languages when they change (the region of the numbers)', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en']);
    try {
      window.dispatchEvent(new Event('languagechange'));
      await act(() => setLocale('de'));
      expect(formatNumber(1234.5)).toBe(new Intl.NumberFormat('de-DE').format(1234.5));
    } finally {
      languages.mockRestore();
      window.dispatchEvent(new Event('languagechange'));
    }
  });

  it('answers reads outside a component (a row’s label) in the new language, without a timer per read', async () => {
    const customer = { name: '10001', description: null, guid: null };
    expect(customerLabel(customer)).toBe('customer 10001');
    await act(() => setLocale('de'));
    vi.useFakeTimers();
    try {
      for (let row = 0; row < 50; row += 1) customerLabel(customer);
      // A list reads one label per row on every keystroke: no read may leave work behind.
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(customerLabel(customer)).toBe('Kunde 10001');
  });
});
