import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REDACTED } from '@/api/call-events';
import { ENDPOINTS, endpoint } from '@/api/catalogue';
import { initialDraft } from './prefill';
import { validateRequest } from './request-validation';
import { describeFields, toFieldValues, toInput, withoutEmptyOptionals } from './schema-fields';

const byName = (schema: z.ZodType | undefined) =>
  Object.fromEntries(describeFields(schema).map((f) => [f.name, f]));

describe('describeFields', () => {
  it('reads the customer body: required description and country, optional text fields', () => {
    const fields = byName(endpoint('customer.create').body);
    expect(Object.keys(fields)).toEqual([
      'description',
      'street',
      'streetnumber',
      'zipcode',
      'city',
      'state',
      'country',
      'telephonenumber',
      'mobile',
      'vatid',
    ]);
    expect(fields.description).toMatchObject({ kind: 'string', required: true });
    expect(fields.country).toMatchObject({ kind: 'string', required: true });
    expect(fields.country?.suggestions?.some((s) => s.value === 'CH')).toBe(true);
    for (const name of ['street', 'zipcode', 'telephonenumber', 'vatid']) {
      expect(fields[name]).toMatchObject({ kind: 'string', required: false });
    }
  });

  it('unwraps preprocess, pipes and unions to the type a user edits', () => {
    const zone = byName(endpoint('zone.create').body);
    expect(zone.name).toMatchObject({ kind: 'string', required: true });
    expect(zone.hostmaster).toMatchObject({ kind: 'string', required: true });
    expect(zone.dnssec).toMatchObject({ kind: 'boolean', required: false });
    expect(zone.ttl).toMatchObject({ kind: 'number', required: false });
    const tunnel = byName(endpoint('tunnel.createLayer2').body);
    expect(tunnel.type).toMatchObject({ kind: 'enum', options: ['vxlan', 'gretap'], required: true });
    expect(tunnel.exchange).toMatchObject({ kind: 'number', required: true });
    expect(byName(endpoint('resource.create').body).size).toMatchObject({ kind: 'number', required: false });
    expect(byName(endpoint('group.update').body).members).toMatchObject({
      kind: 'string-list',
      required: true,
    });
    expect(byName(endpoint('user.create').body).upn?.description).toMatch(/User principal name/);
  });

  it('lists path parameters and nothing for endpoints without them', () => {
    expect(describeFields(endpoint('user.get').params)).toEqual([
      { name: 'userId', kind: 'string', required: true },
    ]);
    expect(describeFields(endpoint('customer.list').params)).toEqual([]);
    expect(describeFields(undefined)).toEqual([]);
  });

  it('gives every field of every endpoint a widget', () => {
    for (const e of ENDPOINTS) {
      for (const field of [...describeFields(e.params), ...describeFields(e.body)]) {
        expect(field.kind, `${e.id}.${field.name}`).not.toBe('json');
      }
    }
  });

  it('falls back to JSON for nested objects and reads literals as choices', () => {
    const fields = byName(
      z.object({ meta: z.object({ a: z.string() }), mode: z.literal(['a', 'b']).optional() }),
    );
    expect(fields.meta).toMatchObject({ kind: 'json', required: true });
    expect(fields.mode).toMatchObject({ kind: 'enum', options: ['a', 'b'], required: false });
  });
});

describe('form values ↔ input', () => {
  const fields = describeFields(endpoint('zone.create').body);

  it('converts numbers, flags, lists and leaves unparsable numbers to the schema', () => {
    expect(
      toInput(fields, {
        name: 'example.ch',
        hostmaster: '',
        dnssec: true,
        ttl: '3600',
        retry: '',
        expire: 'x',
      }),
    ).toEqual({ name: 'example.ch', hostmaster: '', dnssec: true, ttl: 3600, expire: 'x' });
    const members = describeFields(endpoint('group.update').body);
    expect(toInput(members, { members: 'CN=a,DC=x\n\n  CN=b,DC=x  ' })).toEqual({
      members: ['CN=a,DC=x', 'CN=b,DC=x'],
    });
  });

  it('drops empty optional text for the raw JSON view', () => {
    const customer = describeFields(endpoint('customer.create').body);
    expect(withoutEmptyOptionals(customer, { description: '', street: '', country: 'CH' })).toEqual({
      description: '',
      country: 'CH',
    });
  });

  it('fills fields back from JSON', () => {
    expect(toFieldValues(fields, { name: 'example.ch', dnssec: '1', ttl: 3600, unknown: 1 })).toEqual({
      name: 'example.ch',
      hostmaster: '',
      dnssec: true,
      expire: '',
      refresh: '',
      retry: '',
      ttl: '3600',
    });
  });
});

describe('validateRequest and prefill', () => {
  const create = endpoint('user.create');
  const paramFields = describeFields(create.params);
  const bodyFields = describeFields(create.body);

  it('puts each issue at its field and parses what will be sent', () => {
    const draft = initialDraft(paramFields, bodyFields, true);
    const bad = validateRequest(create, paramFields, bodyFields, {
      ...draft,
      params: { customerNumber: '123' },
    });
    expect(bad.ok).toBe(false);
    expect(bad.paramErrors.customerNumber).toMatch(/8 digits/);
    expect(bad.bodyErrors.lastname).toMatch(/last name/);
    const good = validateRequest(create, paramFields, bodyFields, {
      ...draft,
      params: { customerNumber: ' 10000001 ' },
      body: { lastname: 'Muster', firstname: 'Max', upn: '', password: '' },
    });
    expect(good.ok).toBe(true);
    expect(good.parsed).toEqual({
      params: { customerNumber: '10000001' },
      body: { lastname: 'Muster', firstname: 'Max' },
    });
  });

  it('reads a raw JSON body and reports bad JSON and body-wide rules', () => {
    const update = endpoint('user.update');
    const p = describeFields(update.params);
    const b = describeFields(update.body);
    const base = { params: { userId: '10000001_1' }, body: {}, useRaw: true };
    expect(validateRequest(update, p, b, { ...base, rawBody: '{' }).otherErrors[0]).toMatch(/Not valid JSON/);
    expect(validateRequest(update, p, b, { ...base, rawBody: '{"lastname":"X"}' }).ok).toBe(true);
    expect(validateRequest(update, p, b, { ...base, useRaw: false, rawBody: '' }).otherErrors).toEqual([
      'Change at least one field',
    ]);
  });

  it('starts from a logged call without its masked secrets', () => {
    const draft = initialDraft(paramFields, bodyFields, true, {
      params: { customerNumber: '10000001' },
      requestBody: { lastname: 'Muster', firstname: 'Max', password: REDACTED },
    } as never);
    expect(draft.params).toEqual({ customerNumber: '10000001' });
    expect(draft.body).toEqual({ lastname: 'Muster', firstname: 'Max', upn: '', password: '' });
  });
});
