import { useEffect, useState } from 'react';

type Group = (value: string) => string | null;

let loaded: Group | null = null;
let loading: Promise<Group | null> | null = null;

/** The grouping, fetched once on first use; null if its chunk cannot load (then numbers stay as sent). */
function loadGrouping(): Promise<Group | null> {
  loading ??= import('@/api/domain/phone-grouping').then(
    (module) => {
      loaded = module.groupPhoneNumber;
      return loaded;
    },
    () => null,
  );
  return loading;
}

/**
 * A phone number grouped for reading, or null until the grouping has loaded or when the number
 * does not read as an international one. Pages paint with the number as sent, and never wait.
 */
export function usePhoneGrouping(value: string): string | null {
  const [group, setGroup] = useState<Group | null>(() => loaded);
  useEffect(() => {
    if (group) return;
    let current = true;
    void loadGrouping().then((next) => {
      if (current && next) setGroup(() => next);
    });
    return () => {
      current = false;
    };
  }, [group]);
  return group ? group(value) : null;
}
