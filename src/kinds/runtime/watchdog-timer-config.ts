/** WatchdogTimerConfig (Talos `runtime.WatchdogTimerV1Alpha1`): the hardware watchdog Talos keeps fed. */
import { parseGoDuration } from '../../go/duration.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

/** Talos's MinWatchdogTimeout. */
const MIN_TIMEOUT_NS = 10_000_000_000n;

export const WatchdogTimerConfig: KindEntry = {
  kind: 'WatchdogTimerConfig',
  group: 'runtime',
  validate(body, report) {
    if (asStr(body.device) === '')
      return report.error('watchdog device: empty value', body.device === undefined ? [] : ['device']);
    // zero (unset) means Talos's default of a minute
    const timeout = parseGoDuration(asStr(body.timeout)) ?? 0n;
    if (timeout !== 0n && timeout < MIN_TIMEOUT_NS)
      report.error('watchdog timeout: minimum value is 10s', ['timeout']);
  },
};
