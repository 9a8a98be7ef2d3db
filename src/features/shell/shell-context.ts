import { createContext, useContext } from 'react';

/** What pages inside the shell may ask of it. Null outside the shell (connect, a root-level 404). */
export interface ShellActions {
  openRequestLog(): void;
}

export const ShellContext = createContext<ShellActions | null>(null);

export function useShell(): ShellActions | null {
  return useContext(ShellContext);
}
