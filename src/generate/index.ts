/** Public API of base config generation. */
export {
  type ContractFeatures,
  contractFeatures,
  contractName,
  MAX_CONTRACT,
  MIN_CONTRACT,
  parseTalosRelease,
  type TalosRelease,
  type VersionContract,
} from './contract.js';
export {
  DEFAULT_KUBERNETES_VERSIONS,
  defaultInstallerImage,
  defaultKubernetesVersion,
  kubernetesImages,
} from './defaults.js';
export { generateBaseConfig } from './generate.js';
export type { GenerateOptions, MachineRole } from './input.js';
export type { Document } from './v1alpha1.js';
