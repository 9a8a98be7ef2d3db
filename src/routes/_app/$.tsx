import { createFileRoute } from '@tanstack/react-router';
import { LazyNotFoundPage } from '../-lazy-pages';

/** An address no page has: the 404 inside the shell, so the navigation and the rate limit stay. */
export const Route = createFileRoute('/_app/$')({ component: LazyNotFoundPage });
