/**
 * BridgeConfig (Talos `network.BridgeConfigV1Alpha1`): a bridge over links. Since Talos 1.12. A bridge
 * without member links is valid (Talos creates it empty; links may join it later).
 */
import type { KindEntry } from '../types.js';
import { checkCommonLink, checkName, conflictingLinkKinds, linkAddresses, ownLink } from './common-link.js';

export const BridgeConfig: KindEntry = {
  kind: 'BridgeConfig',
  group: 'network',
  validate(body, report) {
    checkName(body, report);
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds('BridgeConfig'),
  configuresLinks: ownLink,
  addresses: linkAddresses,
};
