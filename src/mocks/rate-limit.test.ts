import { afterEach, describe, expect, it, vi } from 'vitest';
import { setClock } from './clock';
import { failNextCall, getRateLimit, setRateLimitRemaining } from './demo-controls';
import { demoKey } from './demo-keys';
import { call } from './test-helpers';

const remaining = (headers: Headers) => Number(headers.get('RateLimit-Remaining'));

afterEach(() => {
  vi.useRealTimers();
});

describe('rate limit', () => {
  it('sends the RateLimit headers on every answer, Remaining falling by one a call', async () => {
    const first = await call('customer.list');
    const second = await call('customer.get', { params: { customerNumber: '10000001' } });
    const failed = await call('customer.get', { params: { customerNumber: '99999999' } });
    expect(first.headers.get('RateLimit-Limit')).toBe('3600');
    expect(remaining(first.headers)).toBe(3599);
    expect(remaining(second.headers)).toBe(3598);
    expect(failed.status).toBe(404);
    expect(remaining(failed.headers)).toBe(3597);
  });

  it('RateLimit-Reset is the UNIX time (seconds) at which the bucket is full again', async () => {
    const before = Date.now() / 1000;
    const { headers } = await call('customer.list');
    const reset = Number(headers.get('RateLimit-Reset'));
    expect(Number.isInteger(reset)).toBe(true);
    // One token spent, refilled at one a second.
    expect(reset).toBeGreaterThanOrEqual(Math.floor(before));
    expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 2);
    setRateLimitRemaining('operator', 600);
    const drained = await call('customer.list');
    expect(Number(drained.headers.get('RateLimit-Reset')) - Date.now() / 1000).toBeCloseTo(3001, -1);
  });

  it('has one bucket per key, and one shared by calls without a valid key', async () => {
    await call('customer.list', { key: 'operator' });
    await call('customer.list', { key: 'operator' });
    const other = await call('customer.list', { key: 'readonly' });
    expect(remaining(other.headers)).toBe(3599);
    const anonymous = await call('customer.list', { key: null });
    const unknown = await call('customer.list', { key: 'wrong' });
    expect(remaining(anonymous.headers)).toBe(3599);
    expect(remaining(unknown.headers)).toBe(3598);
  });

  it('answers 429 rate_limit_exceeded with Retry-After once the bucket is empty', async () => {
    setRateLimitRemaining('operator', 1);
    expect((await call('customer.list')).status).toBe(200);
    const refused = await call('customer.list');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ code: 'rate_limit_exceeded', message: expect.any(String) });
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(remaining(refused.headers)).toBe(0);
    // Other keys are not affected.
    expect((await call('customer.list', { key: 'readonly' })).status).toBe(200);
  });

  it('accepts the key itself as well as its id', () => {
    setRateLimitRemaining(demoKey('customer').key, 7);
    expect(getRateLimit('customer').remaining).toBe(7);
  });

  it('refills one request a second (injected clock)', async () => {
    let t = Date.UTC(2025, 0, 1, 12);
    setClock(() => t);
    setRateLimitRemaining('operator', 0);
    expect((await call('customer.list')).status).toBe(429);
    t += 5_000;
    const after = await call('customer.list');
    expect(after.status).toBe(200);
    expect(remaining(after.headers)).toBe(4);
    expect(Number(after.headers.get('RateLimit-Reset'))).toBe(t / 1000 + 3596);
  });

  it('refills one request a second (vi fake timers)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2025, 0, 1, 12));
    setRateLimitRemaining('operator', 0);
    expect((await call('customer.list')).status).toBe(429);
    vi.setSystemTime(Date.UTC(2025, 0, 1, 12, 1));
    const after = await call('customer.list');
    expect(after.status).toBe(200);
    expect(remaining(after.headers)).toBe(59);
    vi.setSystemTime(Date.UTC(2025, 0, 1, 14));
    expect(getRateLimit('operator').remaining).toBe(3600);
  });

  it('an injected 429 sends Retry-After (15 s unless set) and RateLimit-Remaining: 0', async () => {
    failNextCall({ status: 429 });
    const injected = await call('customer.list');
    expect(injected.status).toBe(429);
    expect(injected.body).toMatchObject({ code: 'rate_limit_exceeded' });
    expect(injected.headers.get('Retry-After')).toBe('15');
    expect(injected.headers.get('RateLimit-Remaining')).toBe('0');
    failNextCall({ status: 429, retryAfter: 42 });
    expect((await call('customer.list')).headers.get('Retry-After')).toBe('42');
  });
});
