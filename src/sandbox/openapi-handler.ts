import { HttpResponse, http, type RequestHandler } from 'msw';
import { openApiDocument } from '@/api/openapi';

/** `GET /openapi.json`: the document generated from the catalogue, with this sandbox as first server. */
export const openApiHandlers: RequestHandler[] = [
  http.get('*/openapi.json', ({ request }) =>
    HttpResponse.json(openApiDocument({ serverUrl: new URL(request.url).origin })),
  ),
];
