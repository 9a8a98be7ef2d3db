import { i18n } from '@/i18n';

// Its own module: the route's head runs in the first load, which must not pull in the page.
const messages = i18n('connect/connect-title', { title: 'Connect · 4b42 Console' });

/** The connect screen's document title, read when the route's head is built. */
export const connectPageTitle = () => messages.get().title;
