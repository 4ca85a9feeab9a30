export { defaultHooks, defaultNeedsReboot, defaultValidate, v1alpha1Document } from './default-hooks.js';
export { maxConcurrentReboots } from './events.js';
export {
  type SimulatedCluster,
  type SimulatedFleet,
  type SimulatedNodeControl,
  startSimulatedFleet,
} from './fleet.js';
export type * from './types.js';
