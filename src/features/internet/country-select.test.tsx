import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { CountrySelect } from './country-select';

afterEach(() => act(() => setLocale('en')));

const optionTexts = () =>
  within(screen.getByRole('combobox', { name: 'Country' }))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('CountrySelect', () => {
  it('names and sorts the countries in the reader’s language', async () => {
    render(<CountrySelect aria-label="Country" />);
    expect(optionTexts()).toContain('Switzerland (CH)');
    await act(() => setLocale('de'));
    const names = optionTexts();
    expect(names).toContain('Schweiz (CH)');
    // German order puts Ö with the O's.
    const at = names.indexOf('Österreich (AT)');
    expect(at).toBeGreaterThan(names.indexOf('Oman (OM)'));
    expect(at).toBeLessThan(names.indexOf('Pakistan (PK)'));
  });
});
