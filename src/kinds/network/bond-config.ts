/** BondConfig (Talos `network.BondConfigV1Alpha1`): a bond of links. Since Talos 1.12. */
import { documentLabel } from '../../config/document.js';
import type { KindEntry } from '../types.js';
import { asList, asStr } from '../values.js';
import { checkCommonLink, checkName, conflictingLinkKinds, linkAddresses, ownLink } from './common-link.js';

/** Link monitoring timers Talos warns about when an 802.3ad bond leaves them unset. */
const LACP_TIMERS = ['miimon', 'updelay', 'downdelay'] as const;

export const BondConfig: KindEntry = {
  kind: 'BondConfig',
  group: 'network',
  validate(body, report, _ctx, doc) {
    checkName(body, report);
    if (asList(body.links).length === 0) report.error('at least one link must be specified', ['links']);
    if (body.bondMode === undefined || body.bondMode === null)
      report.error('bond mode must be specified', ['bondMode']);
    else if (asStr(body.bondMode).toLowerCase() === '802.3ad') {
      for (const field of LACP_TIMERS) {
        if (body[field] === undefined || body[field] === null)
          report.warn(`${documentLabel(doc)}: ${field} was not specified for 802.3ad bond`, ['bondMode']);
      }
    }
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds('BondConfig'),
  configuresLinks: ownLink,
  addresses: linkAddresses,
};
