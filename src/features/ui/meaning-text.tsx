import { i18n, useMessages } from '@/i18n';

const messages = i18n('ui/meaning-text', {
  same: 'Same as the message: the documented text.',
});

const plain = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();

/** Whether the API's message is the documented meaning word for word (case, spaces, a full stop aside). */
export function repeatsMeaning(message: string | null | undefined, meaning: string): boolean {
  return !!message && plain(message) === plain(meaning);
}

/**
 * A failure's documented meaning, beside the API's message. Many answers carry the documented
 * text as their message (the older dialect always does); then the meaning says so instead of
 * repeating the sentence.
 */
export function MeaningText({ meaning, message }: { meaning: string; message: string | null | undefined }) {
  const t = useMessages(messages);
  return repeatsMeaning(message, meaning) ? <span className="italic">{t.same}</span> : meaning;
}
