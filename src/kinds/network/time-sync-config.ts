/** TimeSyncConfig (Talos `network.TimeSyncConfigV1Alpha1`): NTP or PTP time sync. Since Talos 1.12. */
import { parseGoDuration } from '../../go/duration.js';
import { isGoIP } from '../shared/net.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr } from '../values.js';

const isSet = (v: unknown) => v !== undefined && v !== null;
const negative = (v: unknown) => (parseGoDuration(asStr(v)) ?? 0n) < 0n;

export const TimeSyncConfig: KindEntry = {
  kind: 'TimeSyncConfig',
  group: 'network',
  validate(body, report, ctx) {
    if (negative(body.bootTimeout)) report.error('bootTimeout cannot be negative', ['bootTimeout']);
    if (isSet(body.ntp) && isSet(body.ptp))
      report.error('only one of ntp or ptp configuration can be specified', ['ptp']);
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
    else if ((parseGoDuration(asStr(t.bootTimeout)) ?? 0n) !== 0n)
      report.error('boot timeout cannot be specified in both v1alpha1 and new-style configuration');
  },
};
