import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { groupParams } from './catalogue/param-schemas';
import { dotSegmentFields } from './dot-segment';

afterEach(async () => {
  await setLocale('en');
});

describe('the "." / ".." refusal', () => {
  it('says the same as the parameter schemas, in the language current when the check runs', async () => {
    const english = dotSegmentFields('/v1/customer/group/{customerNumber}/{groupName}', { groupName: '..' });
    expect(english).toEqual({ groupName: expect.stringMatching(/^“\.” and “\.\.” cannot be used here/) });

    await setLocale('de');
    const german = dotSegmentFields('/v1/customer/group/{customerNumber}/{groupName}', { groupName: ' . ' });
    expect(german.groupName).toMatch(/^„\.“ und „\.\.“ sind hier nicht möglich/);
    const schema = groupParams.safeParse({ customerNumber: '12345678', groupName: '..' });
    expect(schema.error?.issues.map((issue) => issue.message)).toEqual([german.groupName]);
  });
});
