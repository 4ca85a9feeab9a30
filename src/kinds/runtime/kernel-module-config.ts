/** KernelModuleConfig (Talos `runtime.KernelModuleConfigV1Alpha1`): a kernel module to load, with parameters. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const KernelModuleConfig: KindEntry = {
  kind: 'KernelModuleConfig',
  group: 'runtime',
  apply: { rebootToTakeEffect: [''] },
  validate(body, report) {
    if (asStr(body.name) === '') report.error('name is required', body.name === undefined ? [] : ['name']);
  },
};
