/** KmsgLogConfig (Talos `runtime.KmsgLogV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const KmsgLogConfig: KindEntry = {
  kind: 'KmsgLogConfig',
  group: 'runtime',
};
