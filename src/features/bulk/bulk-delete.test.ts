import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { bulkDelete } from './bulk-delete';

const spec = {
  title: (n: number) => `Delete ${n} things?`,
  noun: ['thing', 'things'] as const,
  endpoint: { method: 'DELETE', path: '/v1/thing/{id}' } as never,
  itemLabel: (item: string) => item,
  write: () => ({ options: {}, variables: undefined }),
  listKey: ['things'],
};

afterEach(async () => {
  await setLocale('en');
});

describe('bulkDelete', () => {
  it('says the kit’s "Delete" and "deleted" in the language current when it is built', async () => {
    expect(bulkDelete(spec)).toMatchObject({ label: 'Delete', confirmLabel: 'Delete', doneVerb: 'deleted' });
    await setLocale('de');
    expect(bulkDelete(spec)).toMatchObject({
      label: 'Löschen',
      confirmLabel: 'Löschen',
      doneVerb: 'gelöscht',
    });
    await setLocale('fr');
    expect(bulkDelete(spec)).toMatchObject({ label: 'Supprimer', doneVerb: 'supprimés' });
  });

  it('takes an area’s own participle where the language agrees it with the noun', async () => {
    await setLocale('fr');
    const action = bulkDelete({ ...spec, deleted: 'supprimées' });
    expect(action.doneVerb).toBe('supprimées');
    expect(action).not.toHaveProperty('deleted');
  });
});
