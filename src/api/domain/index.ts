// Pure validation and formatting for the API's domain values (no React, no fetch).
export * from './abuse-resource';
export * from './countries';
export * from './distinguished-name';
export * from './domain-name';
export * from './identifiers';
export * from './ip';
export * from './ip-reachability';
export * from './money';
export * from './password';
export * from './phone';
export * from './random-int';
export * from './ripe';
export * from './ssh-fingerprint';
export * from './vat';
export * from './virtual-server';
export * from './zip-code';
