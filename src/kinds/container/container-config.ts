/** ContainerConfig (Talos `container.ContainerConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const ContainerConfig: KindEntry = {
  kind: 'ContainerConfig',
  group: 'container',
};
