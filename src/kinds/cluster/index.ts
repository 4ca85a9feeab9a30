/** The cluster group's kinds. */
export { DiscoveryIdentityConfig } from './discovery-identity-config.js';
export { DiscoveryServiceConfig } from './discovery-service-config.js';
