export * from './api-error.js';
export * from './client.js';
export * from './rbac.js';
export * from './talosconfig.js';
export * from './types.js';
