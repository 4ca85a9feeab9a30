/** DummyLinkConfig (Talos `network.DummyLinkConfigV1Alpha1`): a dummy link. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { checkCommonLink, checkName, conflictingLinkKinds, linkAddresses, ownLink } from './common-link.js';

export const DummyLinkConfig: KindEntry = {
  kind: 'DummyLinkConfig',
  group: 'network',
  validate(body, report) {
    checkName(body, report);
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds('DummyLinkConfig'),
  configuresLinks: ownLink,
  addresses: linkAddresses,
};
