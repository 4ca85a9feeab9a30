/** Layer2VIPConfig (Talos `network.Layer2VIPConfigV1Alpha1`): a shared IP announced over ARP/NDP. Since Talos 1.12. */
import { normalizeAddr } from '../../go/netip.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const Layer2VIPConfig: KindEntry = {
  kind: 'Layer2VIPConfig',
  group: 'network',
  validate(body, report) {
    const name = asStr(body.name);
    if (name === '') report.error('name must be specified', ['name']);
    else if (!normalizeAddr(name))
      report.error(
        `name must be a valid IP address: ParseAddr(${JSON.stringify(name)}): unable to parse IP`,
        ['name'],
      );
    if (asStr(body.link) === '') report.error('link must be specified', ['link']);
  },
};
