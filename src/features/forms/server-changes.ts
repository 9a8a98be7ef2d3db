/** One field the server changed since the form started from it. */
export interface FieldChange {
  name: string;
  /** What the form started from. */
  base: unknown;
  /** The user's value (typed, or restored from a draft). */
  mine: unknown;
  /** What the server has now. */
  theirs: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/**
 * Merges the user's values with newer server values, field by field: a field the user changed
 * keeps the user's value; a field the user left alone takes the server's (sending the old value
 * back would silently revert someone else's change). Every field the server changed is listed,
 * so the user can still choose per field.
 */
export function mergeWithServer(
  base: Readonly<Record<string, unknown>>,
  mine: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
): { values: Record<string, unknown>; changes: FieldChange[] } {
  const values: Record<string, unknown> = { ...theirs };
  const changes: FieldChange[] = [];
  for (const name of Object.keys(theirs)) {
    const userChanged = name in mine && !same(mine[name], base[name]);
    if (userChanged) values[name] = mine[name];
    if (name in base && !same(base[name], theirs[name])) {
      changes.push({
        name,
        base: base[name],
        mine: name in mine ? mine[name] : base[name],
        theirs: theirs[name],
      });
    }
  }
  return { values, changes };
}
