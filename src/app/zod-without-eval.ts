import { config } from 'zod/v4/core';

// zod compiles fast object parsers with `new Function`. The Content-Security-Policy has no
// 'unsafe-eval', and Chromium reports even zod's caught probe for it as a violation. Jitless mode
// skips the probe and the compiler (same results). It must run before any schema parses:
// main.tsx imports this module first. Only zod's small core config lands in the first load.
config({ jitless: true });
