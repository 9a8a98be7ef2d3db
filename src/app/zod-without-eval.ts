// zod compiles fast object parsers with `new Function`. The Content-Security-Policy has no
// 'unsafe-eval', and Chromium reports even zod's caught probe for it as a violation. Jitless mode
// skips the probe and the compiler (same results). main.tsx imports this module first, before
// any schema parses. zod keeps its config on globalThis (`__zod_globalConfig`, shared by every
// copy of zod), so this costs the first load nothing: importing zod's `config` would pull zod's
// core into it. The object is amended, not replaced, in case zod is already loaded.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig ??= {};
scope.__zod_globalConfig.jitless = true;

export {};
