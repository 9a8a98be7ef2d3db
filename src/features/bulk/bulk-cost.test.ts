import { describe, expect, it } from 'vitest';
import { bulkCost, bulkReserve, describeCost } from './bulk-cost';

describe('bulk cost', () => {
  it('keeps the reserve that pauses background refetches', () => {
    expect(bulkReserve(3600)).toBe(180);
    expect(bulkReserve(200)).toBe(100);
  });

  it('says what is missing above the reserve, in refill time', () => {
    const cost = bulkCost(50, { limit: 3600, remaining: 20, blockedMs: 0 });
    expect(cost).toEqual({ requests: 50, remaining: 20, reserve: 180, refillMs: 210_000 });
    expect(describeCost(cost)).toBe(
      '50 requests; 20 remain, 180 kept in reserve; about 3 min 30 s of refill needed.',
    );
  });

  it('needs no refill when the budget above the reserve covers the run', () => {
    const cost = bulkCost(3, { limit: 3600, remaining: 3600, blockedMs: 0 });
    expect(describeCost(cost)).toBe('3 requests; 3,600 remain, 180 kept in reserve; no wait for the refill.');
  });

  it('says so when no answer has told the budget yet', () => {
    expect(describeCost(bulkCost(1, null))).toBe(
      '1 request; the budget is not known yet (no answer has reported it).',
    );
  });
});
