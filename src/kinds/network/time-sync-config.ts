/** TimeSyncConfig (Talos `network.TimeSyncConfigV1Alpha1`): NTP or PTP time sync. Since Talos 1.12. */
import { isGoIP } from '../shared/net.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr } from '../values.js';

export const TimeSyncConfig: KindEntry = {
  kind: 'TimeSyncConfig',
  group: 'network',
  validate(body, report, ctx) {
    if (asStr(body.bootTimeout).startsWith('-'))
      report.error('bootTimeout cannot be negative', ['bootTimeout']);
    if (body.ntp !== undefined && body.ptp !== undefined)
      report.error('only one of ntp or ptp configuration can be specified');
    const ntp = asObj(body.ntp);
    if (ctx.since('1.14') && ntp?.useNTS === true) {
      asList(ntp.servers).forEach((s, i) => {
        if (isGoIP(asStr(s)))
          report.error(`NTS requires hostnames, not IP addresses: ${JSON.stringify(asStr(s))}`, [
            'ntp',
            'servers',
            i,
          ]);
      });
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const t = asObj(asObj(v1.machine)?.time);
    if (!t) return;
    if (t.disabled === true)
      report.error('time sync cannot be disabled in both v1alpha1 and new-style configuration');
    else if (asList(t.servers).length > 0)
      report.error('time servers cannot be specified in both v1alpha1 and new-style configuration');
    else if (t.bootTimeout !== undefined)
      report.error('boot timeout cannot be specified in both v1alpha1 and new-style configuration');
  },
};
