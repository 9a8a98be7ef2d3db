import { KEY_HEADER_STYLES, type KeyHeaderStyle } from '@/api/connection';
import { i18n } from '@/i18n';

const messages = i18n('connect/key-header-label', {
  older: '(older docs)',
  current: '(current docs)',
});

/** A key header style as shown: the header as sent, and which edition of the docs says so. */
export function keyHeaderLabel(style: KeyHeaderStyle): string {
  const { label, docs } = KEY_HEADER_STYLES[style];
  return docs ? `${label} ${messages.get()[docs]}` : label;
}
