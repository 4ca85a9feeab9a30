/** HostnameConfig (Talos `network.HostnameConfigV1Alpha1`): the machine's hostname. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';

export const HostnameConfig: KindEntry = {
  kind: 'HostnameConfig',
  group: 'network',
  validate(body, report) {
    const autoSet = body.auto !== undefined && body.auto !== null;
    // an absent `auto` reads as Go's zero value of the enum, which is `off`
    const auto = autoSet ? asStr(body.auto).toLowerCase() : 'off';
    const hostname = asStr(body.hostname);
    if (!autoSet && hostname === '') report.error("either 'auto' or 'hostname' must be set");
    if (auto !== 'off' && hostname !== '')
      report.error("'auto' and 'hostname' cannot be set at the same time", ['hostname']);
    if (auto !== 'off' && auto !== 'stable')
      report.error(`invalid value for 'auto': ${asStr(body.auto)}`, ['auto']);
    if (hostname !== '') {
      const bytes = Buffer.byteLength(hostname, 'utf8');
      if (bytes > 253) report.error(`fqdn is too long: ${bytes}`, ['hostname']);
      const host = hostname.split('.')[0]!;
      const hostBytes = Buffer.byteLength(host, 'utf8');
      if (hostBytes === 0 || hostBytes > 63)
        report.error(`invalid hostname ${JSON.stringify(host)}`, ['hostname']);
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const machine = asObj(v1.machine);
    if (asStr(asObj(machine?.network)?.hostname) !== '')
      report.error('static hostname is already set in v1alpha1 config');
    else if (asObj(machine?.features)?.stableHostname === true)
      report.error('stable hostname is already set in v1alpha1 config');
  },
};
