/** BlackholeRouteConfig (Talos `network.BlackholeRouteConfigV1Alpha1`): a blackhole route, named by its prefix. Since Talos 1.13. */
import { parseGoPrefix } from '../../go/netip.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const BlackholeRouteConfig: KindEntry = {
  kind: 'BlackholeRouteConfig',
  group: 'network',
  validate(body, report) {
    const name = asStr(body.name);
    if (name === '') report.error('name must be specified', ['name']);
    const parsed = parseGoPrefix(name);
    if ('error' in parsed) report.error(`name must be a valid address prefix: ${parsed.error}`, ['name']);
  },
};
