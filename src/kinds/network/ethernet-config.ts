/** EthernetConfig (Talos `network.EthernetConfigV1Alpha1`): a link's ethtool settings (rings, features, channels). */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const EthernetConfig: KindEntry = {
  kind: 'EthernetConfig',
  group: 'network',
  validate(body, report) {
    if (asStr(body.name) === '') report.error('name is required', ['name']);
  },
};
