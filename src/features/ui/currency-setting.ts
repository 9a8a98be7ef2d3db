import { useSyncExternalStore } from 'react';
import { type Currency, DEFAULT_CURRENCY, isCurrency } from '@/api/domain/money';
import { createExternalStore } from '@/api/external-store';

const STORAGE_KEY = '4b42.console.currency';

function stored(): Currency {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isCurrency(value) ? value : DEFAULT_CURRENCY;
  } catch {
    return DEFAULT_CURRENCY;
  }
}

/** The API's prices carry no currency: this device's choice, CHF unless changed. */
export const currencyStore = createExternalStore<Currency>(stored());

export function setCurrency(currency: Currency): void {
  currencyStore.set(currency);
  try {
    localStorage.setItem(STORAGE_KEY, currency);
  } catch {
    // Private mode: the choice lasts for this tab only.
  }
}

export function useCurrency(): Currency {
  return useSyncExternalStore(currencyStore.subscribe, currencyStore.get);
}
