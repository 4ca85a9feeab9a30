/** TCPProbeConfig (Talos `network.TCPProbeConfigV1Alpha1`): a TCP connectivity probe. Since Talos 1.13. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { checkCommonProbe, checkProbeName, negativeDuration } from './common-probe.js';

export const TCPProbeConfig: KindEntry = {
  kind: 'TCPProbeConfig',
  group: 'network',
  validate(body, report) {
    checkProbeName(body, report);
    if (asStr(body.endpoint) === '') report.error('TCP probe endpoint is required', ['endpoint']);
    const timeout = negativeDuration(body.timeout);
    if (timeout) report.error(`TCP probe timeout cannot be negative: ${timeout}`, ['timeout']);
    checkCommonProbe(body, report);
  },
};
