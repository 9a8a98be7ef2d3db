import { fileURLToPath } from 'node:url';

/** `@/x` is `src/x`, for the app build and the sandbox bundle alike. */
export const srcAlias = { '@': fileURLToPath(new URL('../src', import.meta.url)) };
