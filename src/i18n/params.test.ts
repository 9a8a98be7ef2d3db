import { describe, expect, it } from 'vitest';
import { i18n, params } from '.';

const messages = i18n('test/params', {
  remove: params('Delete {name}?'),
  pair: params('{first} and {second}'),
  partial: params('{name} at {at}'),
});

describe('params', () => {
  it('puts a value in as it is, with $ signs and braces', () => {
    const t = messages.get();
    // `$$`, `$&` and `$'` are replacement patterns to String.replace.
    expect(t.remove({ name: "Ca$$h $& Carry $' AG" })).toBe("Delete Ca$$h $& Carry $' AG?");
    // A value holding another placeholder's name is not filled in turn.
    expect(t.pair({ first: '{second}', second: 'B' })).toBe('{second} and B');
  });

  it('leaves a placeholder it has no value for', () => {
    expect(messages.get().partial({ name: 'Zürich' } as never)).toBe('Zürich at {at}');
  });
});
