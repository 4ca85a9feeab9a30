/** HCloudVIPConfig (Talos `network.HCloudVIPConfigV1Alpha1`): a shared IP moved by the Hetzner Cloud API. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { checkVIP } from './virtual-ip.js';

export const HCloudVIPConfig: KindEntry = {
  kind: 'HCloudVIPConfig',
  group: 'network',
  secrets: ['apiToken'],
  validate(body, report) {
    checkVIP(body, report);
    if (asStr(body.apiToken) === '') report.error('apiToken must be specified', ['apiToken']);
  },
  conflictsWithKinds: ['Layer2VIPConfig'],
};
