import type { RequestHandler } from 'msw';

/** Filled in with the OpenAPI document (next step). */
export const openApiHandlers: RequestHandler[] = [];
