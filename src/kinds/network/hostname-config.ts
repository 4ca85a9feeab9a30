/** HostnameConfig (Talos `network.HostnameConfigV1Alpha1`): the machine's hostname. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';

export const HostnameConfig: KindEntry = {
  kind: 'HostnameConfig',
  group: 'network',
  validate(body, report) {
    // an absent `auto` reads as Go's zero value of the enum, which is `off`
    const auto = body.auto === undefined ? 'off' : asStr(body.auto).toLowerCase();
    const hostname = asStr(body.hostname);
    if (body.auto === undefined && hostname === '') report.error("either 'auto' or 'hostname' must be set");
    if (auto !== 'off' && hostname !== '')
      report.error("'auto' and 'hostname' cannot be set at the same time", ['hostname']);
    if (auto !== 'off' && auto !== 'stable')
      report.error(`invalid value for 'auto': ${asStr(body.auto)}`, ['auto']);
    if (hostname !== '') {
      if (hostname.length > 253) report.error(`fqdn is too long: ${hostname.length}`, ['hostname']);
      const host = hostname.split('.')[0]!;
      if (host.length === 0 || host.length > 63)
        report.error(`invalid hostname ${JSON.stringify(host)}`, ['hostname']);
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const network = asObj(asObj(v1.machine)?.network) ?? {};
    const features = asObj(asObj(v1.machine)?.features) ?? {};
    if (asStr(network.hostname) !== '') report.error('static hostname is already set in v1alpha1 config');
    else if (features.stableHostname === true)
      report.error('stable hostname is already set in v1alpha1 config');
  },
};
