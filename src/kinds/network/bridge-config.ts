/** BridgeConfig (Talos `network.BridgeConfigV1Alpha1`): a bridge over links. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { asList } from '../values.js';
import { checkCommonLink, checkName, linkAddresses } from './common-link.js';

export const BridgeConfig: KindEntry = {
  kind: 'BridgeConfig',
  group: 'network',
  validate(body, report) {
    checkName(body, report);
    if (asList(body.links).length === 0) report.error('at least one link must be specified', ['links']);
    checkCommonLink(body, report);
  },
  addresses: linkAddresses,
};
