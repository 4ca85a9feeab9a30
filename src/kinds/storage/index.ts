/** The storage group's kinds. */
export { LVMLogicalVolumeConfig } from './lvm-logical-volume-config.js';
export { LVMVolumeGroupConfig } from './lvm-volume-group-config.js';
export { RAIDArrayConfig } from './raid-array-config.js';
