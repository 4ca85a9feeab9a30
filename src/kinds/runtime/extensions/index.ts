/** The extensions group's kinds. */
export { ExtensionServiceConfig } from './extension-service-config.js';
