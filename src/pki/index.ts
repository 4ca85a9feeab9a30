export * from './ca.js';
export * from './inspect.js';
export * from './keys.js';
export * from './pem.js';
export * from './x509.js';
