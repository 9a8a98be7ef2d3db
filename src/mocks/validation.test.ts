import { describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { buildMemberDn } from '@/api/domain/distinguished-name';
import { fillPath } from '@/api/endpoint';
import { call, request } from './test-helpers';

const C = '10000001';

describe('validation with the documented codes', () => {
  it('a missing field is 400 require_error naming it', async () => {
    const result = await call('customer.create', { body: { country: 'CH' } });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: 'require_error', message: expect.any(String), field: 'description' });
    const blank = await call('user.create', {
      params: { customerNumber: C },
      body: { lastname: ' ', firstname: 'A' },
    });
    expect(blank.body).toMatchObject({ code: 'require_error', field: 'lastname' });
  });

  it('a bad value is 422 invalid_input naming the field', async () => {
    const country = await call('customer.create', { body: { description: 'X AG', country: 'XX' } });
    expect(country.status).toBe(422);
    expect(country.body).toMatchObject({ code: 'invalid_input', field: 'country' });
  });

  it('takes a phone number and zip code in any shape, as the docs state no shape for them', async () => {
    const created = await call('customer.create', {
      body: { description: 'X AG', country: 'CH', telephonenumber: '044', zipcode: '80011' },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ telephonenumber: '044', zipcode: '80011' });
  });

  it('a weak password is invalid_input on password', async () => {
    const result = await call('user.create', {
      params: { customerNumber: C },
      body: { lastname: 'Muster', firstname: 'Andrea', password: 'SecurePassword' },
    });
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ code: 'invalid_input', field: 'password' });
  });

  it('unparsable JSON is 400 json_error', async () => {
    const result = await call('group.create', { params: { customerNumber: C }, body: '{"groupName": ' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: 'json_error' });
    const array = await call('group.create', { params: { customerNumber: C }, body: '[]' });
    expect(array.status).toBe(422);
  });

  it('INVALID_CUSTOMER_NUMBER: 400 for a bad shape, 404 for an unknown customer', async () => {
    const shape = await call('customer.get', { params: { customerNumber: '1234' } });
    expect(shape.status).toBe(400);
    expect(shape.body).toMatchObject({ error: 'INVALID_CUSTOMER_NUMBER' });
    const unknown = await call('customer.get', { params: { customerNumber: '99999999' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'INVALID_CUSTOMER_NUMBER' });
    const users = await call('user.list', { params: { customerNumber: '99999999' } });
    expect(users.body).toMatchObject({ error: 'INVALID_CUSTOMER_NUMBER' });
  });

  it('INVALID_ID for a malformed user id, USER_DOES_NOT_EXIST (404) for an unknown one', async () => {
    const malformed = await request('GET', fillPath(endpoint('user.get').path, { userId: 'abc_1' }));
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: 'INVALID_ID' });
    const unknown = await call('user.get', { params: { userId: `${C}_999` } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'USER_DOES_NOT_EXIST' });
    const update = await call('user.update', { params: { userId: `${C}_999` }, body: { firstname: 'X' } });
    expect(update.body).toMatchObject({ error: 'USER_DOES_NOT_EXIST' });
  });

  it('GROUP_DOES_NOT_EXIST (404) for an unknown group', async () => {
    const result = await call('group.get', { params: { customerNumber: C, groupName: 'Nobody' } });
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ error: 'GROUP_DOES_NOT_EXIST' });
  });

  it('FIELDS_EMPTY for a PUT without any field', async () => {
    const user = await call('user.update', { params: { userId: `${C}_1` }, body: {} });
    expect(user.status).toBe(400);
    expect(user.body).toEqual({ error: 'FIELDS_EMPTY', message: expect.any(String) });
    const zone = await call('zone.update', { params: { productid: '500002', zone: '4b42.com' }, body: {} });
    expect(zone.body).toMatchObject({ error: 'FIELDS_EMPTY' });
  });

  it('INVALID_FQDN for a bad suffix or zone name, INVALID_EMAIL for a bad hostmaster', async () => {
    const suffix = await call('suffix.create', {
      params: { customerNumber: C },
      body: { suffix: 'not a domain' },
    });
    expect(suffix.status).toBe(400);
    expect(suffix.body).toMatchObject({ error: 'INVALID_FQDN', field: 'suffix' });
    const zone = await call('zone.create', {
      body: { name: 'localhost', hostmaster: 'hostmaster.example.org' },
    });
    expect(zone.body).toMatchObject({ error: 'INVALID_FQDN', field: 'name' });
    const hostmaster = await call('zone.create', { body: { name: 'example.org', hostmaster: 'nobody' } });
    expect(hostmaster.body).toMatchObject({ error: 'INVALID_EMAIL', field: 'hostmaster' });
  });

  it('INVALID_PARAMETER for an abuse resource that is no IP, prefix or AS', async () => {
    const result = await call('abuse.list', { params: { resource: 'example.com' } });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'INVALID_PARAMETER', field: 'resource' });
  });
});

describe('uniqueness', () => {
  it('a group name per customer: 409 uniqueness_error', async () => {
    const result = await call('group.create', {
      params: { customerNumber: C },
      body: { groupName: 'support' },
    });
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ code: 'uniqueness_error', field: 'groupName' });
    // Another customer may use the name.
    const other = await call('group.create', {
      params: { customerNumber: '10000003' },
      body: { groupName: 'Support' },
    });
    expect(other.status).toBe(200);
  });

  it('a suffix per customer: 409 UPN_ALREADY_EXIST', async () => {
    const result = await call('suffix.create', {
      params: { customerNumber: C },
      body: { suffix: 'Bergwerk.CH' },
    });
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ error: 'UPN_ALREADY_EXIST' });
  });

  it('a zone name: 409 ZONE_ALREADY_IN_USE, in either edition', async () => {
    const current = await call('zone.create', {
      body: { name: '4b42.com', hostmaster: 'hostmaster.4b42.com' },
    });
    expect(current.status).toBe(409);
    expect(current.body).toMatchObject({ error: 'ZONE_ALREADY_IN_USE' });
    const older = await call('zone.createForProduct', {
      params: { productid: '500003' },
      body: { name: 'bergwerk.ch' },
    });
    expect(older.body).toMatchObject({ error: 'ZONE_ALREADY_IN_USE' });
  });

  it('a VAT number across customers: 409 uniqueness_error on vatid', async () => {
    const { body } = await call('customer.get', { params: { customerNumber: C } });
    const vatid = (body as { vatid: string }).vatid;
    const result = await call('customer.create', { body: { description: 'Kopie AG', country: 'CH', vatid } });
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ code: 'uniqueness_error', field: 'vatid' });
    // Its own number is fine when the customer itself is updated.
    const update = await call('customer.update', {
      params: { customerNumber: C },
      body: { description: 'Bergwerk Digital AG', country: 'CH', vatid },
    });
    expect(update.status).toBe(200);
  });

  it('a UPN and a user name (CN) within the customer', async () => {
    const upn = await call('user.create', {
      params: { customerNumber: C },
      body: { lastname: 'Neu', firstname: 'Nora', upn: 'kevin.buehl@bergwerk.ch' },
    });
    expect(upn.status).toBe(409);
    expect(upn.body).toMatchObject({ code: 'uniqueness_error', field: 'upn' });
    const name = await call('user.create', {
      params: { customerNumber: C },
      body: { lastname: 'Bühl', firstname: 'Kevin' },
    });
    expect(name.body).toMatchObject({ code: 'uniqueness_error', field: 'lastname' });
  });
});

describe('resource state', () => {
  it('a protected customer cannot be deleted, a locked one not changed (409)', async () => {
    const protectedOne = await call('customer.delete', { params: { customerNumber: '10000002' } });
    expect(protectedOne.status).toBe(409);
    expect(protectedOne.body).toMatchObject({ code: 'protected' });
    const locked = await call('customer.delete', { params: { customerNumber: '10000006' } });
    expect(locked.status).toBe(409);
    expect(locked.body).toMatchObject({ code: 'locked' });
    const lockedUser = await call('user.create', {
      params: { customerNumber: '10000006' },
      body: { lastname: 'Neu', firstname: 'Nora' },
    });
    expect(lockedUser.body).toMatchObject({ code: 'locked' });
    expect((await call('user.list', { params: { customerNumber: '10000006' } })).status).toBe(200);
  });

  it('group members must exist in the same customer', async () => {
    const params = { customerNumber: C, groupName: 'Support' };
    const ghost = await call('group.update', {
      params,
      body: { members: [buildMemberDn('user', 'Geist, Gustav', C)] },
    });
    expect(ghost.status).toBe(422);
    expect(ghost.body).toMatchObject({ error: 'USER_DOES_NOT_EXIST', field: 'members' });
    const group = await call('group.update', {
      params,
      body: { members: [buildMemberDn('group', 'Nobody', C)] },
    });
    expect(group.body).toMatchObject({ error: 'GROUP_DOES_NOT_EXIST', field: 'members' });
    const foreign = await call('group.update', {
      params,
      body: { members: [buildMemberDn('user', 'Zürcher, Priska', '10000002')] },
    });
    expect(foreign.body).toMatchObject({ code: 'invalid_input', field: 'members' });
    const self = await call('group.update', {
      params,
      body: { members: [buildMemberDn('group', 'Support', C)] },
    });
    expect(self.body).toMatchObject({ code: 'invalid_input', field: 'members' });
  });

  it('IPMI of a server with an action running is 409 locked', async () => {
    const result = await call('dedicatedServer.configureIpmi', { params: { id: '400202' } });
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ code: 'locked' });
  });

  it('SSH: an unknown name is 404 CONNCECTION_FAILED; an unknown IP answers connection: false', async () => {
    const name = await call('ssh.check', { params: { host: 'nowhere.example.org' } });
    expect(name.status).toBe(404);
    expect(name.body).toMatchObject({ error: 'CONNCECTION_FAILED' });
    const ip = await call('ssh.check', { params: { host: '203.0.113.9' } });
    expect(ip.status).toBe(200);
    expect(ip.body).toMatchObject({ ip: '203.0.113.9', connection: false });
  });

  it('an unknown movie is 404 not_found', async () => {
    const result = await call('movie.get', { params: { name: 'Nonexistent Film' } });
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ code: 'not_found' });
  });
});
