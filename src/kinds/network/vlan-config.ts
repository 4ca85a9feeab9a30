/** VLANConfig (Talos `network.VLANConfigV1Alpha1`): a VLAN link on a parent link. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { checkCommonLink, checkName, conflictingLinkKinds, linkAddresses, ownLink } from './common-link.js';

export const VLANConfig: KindEntry = {
  kind: 'VLANConfig',
  group: 'network',
  validate(body, report) {
    checkName(body, report);
    const id = Number(body.vlanID ?? 0);
    if (!(id >= 1 && id <= 4094))
      report.error(
        'vlanID must be specified and between 1 and 4094',
        body.vlanID === undefined ? [] : ['vlanID'],
      );
    if (asStr(body.parent) === '') report.error('parent must be specified', ['parent']);
    // an absent mode is 802.1q; the schema keeps any other value out, Talos checks again
    const mode = asStr(body.vlanMode).toLowerCase();
    if (body.vlanMode !== undefined && body.vlanMode !== null && mode !== '802.1q' && mode !== '802.1ad')
      report.error("vlanMode must be either '802.1q' or '802.1ad'", ['vlanMode']);
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds('VLANConfig'),
  configuresLinks: ownLink,
  addresses: linkAddresses,
};
