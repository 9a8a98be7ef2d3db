/** "the customer" → "The customer", for a noun that starts a sentence. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
