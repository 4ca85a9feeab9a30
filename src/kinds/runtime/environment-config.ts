/** EnvironmentConfig (Talos `runtime.EnvironmentV1Alpha1`): environment variables of PID 1 and every service. Since Talos 1.13. */
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';

/** Talos's POSIX1EnvKeyRegex. */
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const EnvironmentConfig: KindEntry = {
  kind: 'EnvironmentConfig',
  group: 'runtime',
  apply: { rebootToTakeEffect: [''] },
  validate(body, report) {
    for (const key of Object.keys(asObj(body.variables) ?? {}))
      if (!ENV_KEY.test(key))
        report.error(`invalid environment variable name: ${JSON.stringify(key)}`, ['variables', key]);
  },
};
