import { z } from 'zod';
import { DOCUMENTED_RATE_LIMIT, KEY_HEADER, RATE_LIMIT_HEADER } from './api-headers';
import { ENDPOINTS } from './catalogue';
import { type AnyEndpoint, AREAS, pathParamNames } from './endpoint';
import { CURRENT_ERROR_CODES, OLDER_ERROR_CODES, STATUS_MEANINGS } from './error-catalogue';

/**
 * The OpenAPI 3.1 document of the 43 documented endpoints, generated from the catalogue so it
 * cannot drift from what the console sends and accepts. No public description of this API
 * exists; this one lets integrators generate clients and point Prism or Swagger UI at the
 * sandbox. Schemas are the catalogue's zod schemas as JSON Schema, on their input side: a body
 * is what a client may send, a response what the server may send (the console's lenient response
 * schemas accept the documented oddities, such as numbers as strings, and so does this document).
 */

type JsonObject = Record<string, unknown>;

const DOCUMENTED_SERVER = 'https://api.securebit.ch';

function jsonSchema(schema: z.ZodType): JsonObject {
  // `any` for what JSON Schema cannot say (a transform's output, a custom check): the zod schema
  // still decides at run time, the document only describes.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest as JsonObject;
}

const RATE_LIMIT_HEADERS = {
  [RATE_LIMIT_HEADER.limit]: { $ref: '#/components/headers/RateLimitLimit' },
  [RATE_LIMIT_HEADER.remaining]: { $ref: '#/components/headers/RateLimitRemaining' },
  [RATE_LIMIT_HEADER.reset]: { $ref: '#/components/headers/RateLimitReset' },
};

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/** The error answers that can come from an endpoint, by what it takes. */
function errorResponses(endpoint: AnyEndpoint): Record<string, unknown> {
  const statuses = [401, 403, 429, 500, 503];
  if (pathParamNames(endpoint.path).length > 0) statuses.push(404);
  if (endpoint.body || pathParamNames(endpoint.path).length > 0) statuses.push(400, 422);
  if (endpoint.method !== 'GET') statuses.push(409);
  if (endpoint.order) statuses.push(402);
  const responses: Record<string, unknown> = {};
  for (const status of statuses.sort((a, b) => a - b)) {
    responses[String(status)] =
      status === 429
        ? { $ref: '#/components/responses/RateLimited' }
        : {
            description: STATUS_MEANINGS[status] ?? `HTTP ${status}`,
            headers: RATE_LIMIT_HEADERS,
            content: errorContent,
          };
  }
  return responses;
}

function successResponse(endpoint: AnyEndpoint): JsonObject {
  if (endpoint.responseKind === 'pdf') {
    return {
      description: 'A PDF document',
      headers: RATE_LIMIT_HEADERS,
      content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
    };
  }
  const media: JsonObject = { schema: jsonSchema(endpoint.response) };
  if (endpoint.example !== undefined) media.example = endpoint.example;
  return { description: 'Success', headers: RATE_LIMIT_HEADERS, content: { 'application/json': media } };
}

function operation(endpoint: AnyEndpoint): JsonObject {
  const shape = endpoint.params.shape as Record<string, z.ZodType>;
  const notes = [
    `Documented in the ${endpoint.edition} edition of the API docs.`,
    endpoint.order
      ? 'Places an order: the key needs ordering enabled (403 ORDERING_NOT_ENABLED otherwise).'
      : null,
    endpoint.docNote ?? null,
  ].filter(Boolean);
  const op: JsonObject = {
    operationId: endpoint.id,
    summary: endpoint.summary,
    description: notes.join('\n\n'),
    tags: [AREAS[endpoint.area]],
    responses: { '200': successResponse(endpoint), ...errorResponses(endpoint) },
  };
  const names = pathParamNames(endpoint.path);
  if (names.length > 0) {
    op.parameters = names.map((name) => {
      const schema = shape[name];
      return {
        name,
        in: 'path',
        required: true,
        schema: schema ? jsonSchema(schema) : { type: 'string' },
      };
    });
  }
  if (endpoint.body) {
    op.requestBody = {
      required: true,
      content: { 'application/json': { schema: jsonSchema(endpoint.body) } },
    };
  }
  return op;
}

const codeList = (codes: Record<string, string>) =>
  Object.entries(codes)
    .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
    .join('\n');

export function openApiDocument(options: { serverUrl?: string } = {}): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of ENDPOINTS as readonly AnyEndpoint[]) {
    // Paths exactly as documented, misspellings included (`resouces`). Two GETs share one shape,
    // `/v1/customer/user/{customerNumber}` and `/{userId}`: kept apart as documented, their
    // parameter patterns (8 digits vs `12345678_1234`) tell them apart.
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: operation(endpoint) };
  }
  const servers = [{ url: DOCUMENTED_SERVER, description: 'The documented API' }];
  if (options.serverUrl) servers.unshift({ url: options.serverUrl, description: 'This sandbox' });
  return {
    openapi: '3.1.0',
    info: {
      title: '4b42 (Securebit) hosting API',
      version: 'v1',
      description:
        'Generated by the 4b42 Console from its endpoint catalogue: the 43 endpoints of both editions of the docs. ' +
        `Rate limit: ${DOCUMENTED_RATE_LIMIT} requests an hour per project, refilled one a second, reported in the RateLimit-* headers.`,
    },
    servers,
    security: [{ bearer: [] }, { authorization: [] }, { legacyKey: [] }],
    tags: Object.values(AREAS).map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Current docs: `Authorization: Bearer <key>`.',
        },
        authorization: {
          type: 'apiKey',
          in: 'header',
          name: KEY_HEADER.current,
          description:
            'Current docs, bare: `Authorization: <key>` (which form the server wants is not documented).',
        },
        legacyKey: {
          type: 'apiKey',
          in: 'header',
          name: KEY_HEADER.legacy,
          description: 'Older docs: `4b42-KEY: <key>`.',
        },
      },
      headers: {
        RateLimitLimit: {
          description: `Requests allowed per hour (${DOCUMENTED_RATE_LIMIT}).`,
          schema: { type: 'integer' },
        },
        RateLimitRemaining: { description: 'Requests left in the budget.', schema: { type: 'integer' } },
        RateLimitReset: { description: 'When the budget is full again.', schema: { type: 'integer' } },
        RetryAfter: { description: 'Seconds to wait before the next request.', schema: { type: 'integer' } },
      },
      responses: {
        RateLimited: {
          description: STATUS_MEANINGS[429] ?? 'Too many requests',
          headers: { ...RATE_LIMIT_HEADERS, 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
          content: errorContent,
        },
      },
      schemas: {
        Error: {
          description: 'The docs never show an error body; the two editions differ in their codes.',
          oneOf: [{ $ref: '#/components/schemas/CurrentError' }, { $ref: '#/components/schemas/OlderError' }],
        },
        CurrentError: {
          description: `Current edition: lowercase codes.\n\n${codeList(CURRENT_ERROR_CODES)}`,
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string', examples: Object.keys(CURRENT_ERROR_CODES) },
            message: { type: 'string' },
            field: { type: 'string', description: 'The field at fault, when one is.' },
          },
        },
        OlderError: {
          description: `Older edition: uppercase codes.\n\n${codeList(OLDER_ERROR_CODES)}`,
          type: 'object',
          required: ['error', 'message'],
          properties: {
            error: { type: 'string', examples: Object.keys(OLDER_ERROR_CODES) },
            message: { type: 'string' },
            field: { type: 'string', description: 'The field at fault, when one is.' },
          },
        },
      },
    },
  };
}
