import { MutationObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryClientFor } from '@/test/query-factories';
import { isAlreadyGone } from './already-gone';
import { dnsMutations } from './dns';

describe('DNS zone delete (#24)', () => {
  it('a zone deleted meanwhile counts as deleted (404 on DELETE)', async () => {
    const client = queryClientFor();
    const remove = () =>
      new MutationObserver(client, dnsMutations.remove('500001', 'bergwerk.shop')).mutate(undefined);
    await expect(remove()).resolves.not.toSatisfy(isAlreadyGone);
    await expect(remove()).resolves.toSatisfy(isAlreadyGone);
  });
});
