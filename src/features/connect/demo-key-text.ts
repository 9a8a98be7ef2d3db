import { i18n, params } from '@/i18n';
import { DEMO_KEY_TEXT, type DemoKey } from '@/mocks/demo-keys';

// The demo keys' names and lines as shown, by key id; their English is the demo keys' own.
const messages = i18n('connect/demo-key-text', {
  operator: DEMO_KEY_TEXT.operator.label,
  operatorText: DEMO_KEY_TEXT.operator.description,
  customer: params<{ customer: string }>(DEMO_KEY_TEXT.customer.label),
  customerText: params<{ customer: string }>(DEMO_KEY_TEXT.customer.description),
  readonly: DEMO_KEY_TEXT.readonly.label,
  readonlyText: DEMO_KEY_TEXT.readonly.description,
  noOrdering: DEMO_KEY_TEXT['no-ordering'].label,
  noOrderingText: DEMO_KEY_TEXT['no-ordering'].description,
});

/** A demo key's name and what it may do, in the current language. */
export function demoKeyText(key: DemoKey): { label: string; description: string } {
  const t = messages.get();
  const customer = key.customerNumber ?? '';
  switch (key.id) {
    case 'operator':
      return { label: t.operator, description: t.operatorText };
    case 'customer':
      return { label: t.customer({ customer }), description: t.customerText({ customer }) };
    case 'readonly':
      return { label: t.readonly, description: t.readonlyText };
    case 'no-ordering':
      return { label: t.noOrdering, description: t.noOrderingText };
  }
}
