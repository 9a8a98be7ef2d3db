import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoApiReady, setDemoApiReady, setDemoApiStarter } from './demo-gate';

afterEach(() => setDemoApiReady(null));

describe('the demo gate', () => {
  it('starts an announced simulated API at the first call that needs it, once', async () => {
    const start = vi.fn(() => Promise.resolve());
    setDemoApiStarter(start);
    expect(start).not.toHaveBeenCalled();
    const first = demoApiReady();
    const second = demoApiReady();
    expect(start).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    await expect(first).resolves.toBeUndefined();
  });

  it('never starts one that was withdrawn before any call', () => {
    const start = vi.fn(() => Promise.resolve());
    setDemoApiStarter(start);
    setDemoApiReady(null);
    expect(demoApiReady()).toBeNull();
    expect(start).not.toHaveBeenCalled();
  });
});
