/** The container group's kinds. */
export { ContainerConfig } from './container-config.js';
