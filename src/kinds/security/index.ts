/** The security group's kinds. */
export { ImageVerificationConfig } from './image-verification-config.js';
export { TrustedRootsConfig } from './trusted-roots-config.js';
