/** VRFConfig (Talos `network.VRFConfigV1Alpha1`): a VRF link and its routing table. Since Talos 1.13. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { checkCommonLink, checkName, conflictingLinkKinds, linkAddresses, ownLink } from './common-link.js';

/** Tables the kernel reserves (nethelpers' names for 0, 253, 254, 255). */
const RESERVED_TABLES: Record<string, string> = {
  '': 'unspec',
  unspec: 'unspec',
  '0': 'unspec',
  default: 'default',
  '253': 'default',
  main: 'main',
  '254': 'main',
  local: 'local',
  '255': 'local',
};

export const VRFConfig: KindEntry = {
  kind: 'VRFConfig',
  group: 'network',
  validate(body, report) {
    checkName(body, report);
    const reserved = RESERVED_TABLES[asStr(body.table).toLowerCase()];
    if (reserved)
      report.error(
        `cannot create vrf with reserved table ${reserved}`,
        body.table === undefined ? [] : ['table'],
      );
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds('VRFConfig'),
  configuresLinks: ownLink,
  addresses: linkAddresses,
};
