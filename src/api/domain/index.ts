// Pure validation and formatting for the API's domain values (no React, no fetch).
export * from './countries';
export * from './distinguished-name';
export * from './domain-name';
export * from './identifiers';
export * from './ip';
export * from './password';
export * from './phone';
export * from './random-int';
export * from './vat';
export * from './zip-code';
