export { defaultHooks, defaultNeedsReboot, defaultValidate, v1alpha1Document } from './default-hooks.js';
export { maxConcurrentReboots } from './events.js';
export {
  type SimulatedCluster,
  type SimulatedFleet,
  type SimulatedKubernetes,
  type SimulatedNodeControl,
  startSimulatedFleet,
} from './fleet.js';
export type { KubeExchange } from './kubernetes/server.js';
export type { SimKubeState } from './kubernetes/state.js';
export type * from './types.js';
