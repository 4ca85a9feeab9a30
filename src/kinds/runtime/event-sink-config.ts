/** EventSinkConfig (Talos `runtime.EventSinkV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const EventSinkConfig: KindEntry = {
  kind: 'EventSinkConfig',
  group: 'runtime',
};
