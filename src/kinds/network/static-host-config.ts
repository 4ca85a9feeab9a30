/** StaticHostConfig (Talos `network.StaticHostConfigV1Alpha1`): an /etc/hosts entry, named by its address. Since Talos 1.12. */
import { parseGoAddr } from '../../go/netip.js';
import type { KindEntry } from '../types.js';
import { asList, asStr } from '../values.js';

export const StaticHostConfig: KindEntry = {
  kind: 'StaticHostConfig',
  group: 'network',
  validate(body, report) {
    const name = asStr(body.name);
    if (name === '') report.error('name is required', ['name']);
    if ('error' in parseGoAddr(name)) report.error('name must be a valid IP address', ['name']);
    if (asList(body.hostnames).length === 0)
      report.error('at least one hostname is required', body.hostnames === undefined ? [] : ['hostnames']);
  },
};
