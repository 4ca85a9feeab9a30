/** WatchdogTimerConfig (Talos `runtime.WatchdogTimerV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const WatchdogTimerConfig: KindEntry = {
  kind: 'WatchdogTimerConfig',
  group: 'runtime',
};
