/**
 * The customer whose directory was open last in this tab, so "Users & groups" in the menu returns
 * to it. Plain sessionStorage and no imports: the directory route's `beforeLoad` reads it up front.
 */
const KEY = '4b42.directory.customer';

export function rememberDirectoryCustomer(customerNumber: string): void {
  try {
    sessionStorage.setItem(KEY, customerNumber);
  } catch {
    // Storage blocked: the menu simply asks for a customer again.
  }
}

export function lastDirectoryCustomer(): string | null {
  try {
    const value = sessionStorage.getItem(KEY);
    return value && /^\d{8}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}
