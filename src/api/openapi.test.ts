import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from './catalogue';
import { openApiDocument } from './openapi';

type Operation = {
  operationId: string;
  parameters?: { name: string }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
};

describe('the OpenAPI document', () => {
  const document = openApiDocument({ serverUrl: 'http://127.0.0.1:5400' });
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    // The validator is not a yes-man: a response without its description is refused.
    const broken = structuredClone(document) as { paths: Record<string, Record<string, Operation>> };
    const ok = broken.paths['/v1/customer']?.get?.responses['200'] as { description?: string };
    delete ok.description;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('has every endpoint of the catalogue once, at its documented path and method', () => {
    expect(operations).toHaveLength(43);
    for (const endpoint of ENDPOINTS) {
      const op = paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(op?.operationId, endpoint.id).toBe(endpoint.id);
    }
    // Misspellings kept: the server serves what the docs say.
    expect(paths['/v1/internet/resouces']?.post).toBeDefined();
    expect(paths['/v1/internet/resouces/asn/{id}']?.put).toBeDefined();
    // The two GETs of one path shape keep their documented names; their patterns tell them apart.
    expect(paths['/v1/customer/user/{customerNumber}']?.get?.parameters?.[0]).toMatchObject({
      name: 'customerNumber',
    });
    expect(paths['/v1/customer/user/{userId}']?.get?.parameters?.[0]).toMatchObject({ name: 'userId' });
  });

  it('describes parameters, bodies, responses and both error dialects', () => {
    const update = paths['/v1/customer/{customerNumber}']?.put as Operation;
    expect(update.parameters?.map((p) => p.name)).toEqual(['customerNumber']);
    const body = (update.requestBody as { content: Record<string, { schema: { required?: string[] } }> })
      .content['application/json']?.schema;
    expect(body?.required).toEqual(expect.arrayContaining(['description', 'country']));
    expect(Object.keys(update.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '429']),
    );
    const schemas = (document.components as { schemas: Record<string, { properties?: object }> }).schemas;
    expect(Object.keys(schemas.CurrentError?.properties ?? {})).toContain('code');
    expect(Object.keys(schemas.OlderError?.properties ?? {})).toContain('error');
    const pdf = paths['/v1/internet/abuse/report/{resource}']?.get?.responses['200'] as {
      content: Record<string, unknown>;
    };
    expect(Object.keys(pdf.content)).toEqual(['application/pdf']);
  });
});
