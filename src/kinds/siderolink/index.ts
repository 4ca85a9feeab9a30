/** The siderolink group's kinds. */
export { SideroLinkConfig } from './siderolink-config.js';
