/** The cri group's kinds. */
export { CRIBaseRuntimeSpecConfig } from './cri-base-runtime-spec-config.js';
export { CRICustomizationConfig } from './cri-customization-config.js';
export { ImageCacheConfig } from './image-cache-config.js';
export { RegistryAuthConfig } from './registry-auth-config.js';
export { RegistryMirrorConfig } from './registry-mirror-config.js';
export { RegistryTLSConfig } from './registry-tls-config.js';
