/** LinkConfig (Talos `network.LinkConfigV1Alpha1`): a physical link's settings. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { checkCommonLink, checkName, conflictingLinkKinds, linkAddresses, ownLink } from './common-link.js';

export const LinkConfig: KindEntry = {
  kind: 'LinkConfig',
  group: 'network',
  validate(body, report) {
    checkName(body, report);
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds('LinkConfig'),
  configuresLinks: ownLink,
  addresses: linkAddresses,
};
