/** ResolverConfig (Talos `network.ResolverConfigV1Alpha1`): nameservers, search domains, host DNS. Since Talos 1.12. */
import { documentLabel } from '../../config/document.js';
import { isGoIP } from '../shared/net.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr, dig } from '../values.js';

export const ResolverConfig: KindEntry = {
  kind: 'ResolverConfig',
  group: 'network',
  validate(body, report, ctx, doc) {
    if (!ctx.since('1.14')) return;
    const hostDNS = asObj(body.hostDNS);
    if (hostDNS && Object.keys(hostDNS).length > 0 && hostDNS.enabled !== true) {
      if (hostDNS.forwardKubeDNSToHost === true)
        report.error('hostDNS.forwardKubeDNSToHost cannot be enabled when hostDNS.enabled is false', [
          'hostDNS',
        ]);
      if (hostDNS.resolveMemberNames === true)
        report.error('hostDNS.resolveMemberNames cannot be enabled when hostDNS.enabled is false', [
          'hostDNS',
        ]);
    }
    const servers = asList(body.nameservers);
    let encrypted = 0;
    servers.forEach((n, i) => {
      const ns = asObj(n) ?? {};
      const protocol = asStr(ns.protocol).toLowerCase();
      const tls = asStr(ns.tlsServerName);
      if (protocol === 'dot' || protocol === 'doh') {
        encrypted++;
        if (tls === '')
          report.error(
            `tlsServerName must be set when protocol is ${protocol === 'dot' ? 'DoT' : 'DoH'}: entry ${i}`,
            ['nameservers', i],
          );
      } else if (protocol === '' || protocol === 'do53') {
        if (tls !== '')
          report.error(`tlsServerName must be empty when protocol is Do53: entry ${i}`, [
            'nameservers',
            i,
            'tlsServerName',
          ]);
      } else report.error(`unsupported DNS protocol: entry ${i}`, ['nameservers', i, 'protocol']);
      if (!isGoIP(asStr(ns.address)))
        report.error(`nameserver address must be a valid IP: entry ${i}`, ['nameservers', i, 'address']);
    });
    if (encrypted > 0 && encrypted === servers.length) {
      report.warn(
        `${documentLabel(doc)}: every nameserver uses encrypted DNS (DoT or DoH); certificate checks need a correct clock, so keep a plain-DNS fallback or give NTP servers by IP address`,
        ['nameservers'],
      );
    }
  },
  conflictsWithV1alpha1(body, v1, report, ctx) {
    const machine = asObj(v1.machine) ?? {};
    const network = asObj(machine.network) ?? {};
    const features = asObj(machine.features) ?? {};
    if (network.searchDomains !== undefined)
      report.error('.machine.network.searchDomains is already set in v1alpha1 config');
    else if (network.nameservers !== undefined)
      report.error('.machine.network.nameservers is already set in v1alpha1 config');
    else if (network.disableSearchDomain === true)
      report.error('.machine.network.disableSearchDomain is already set in v1alpha1 config');
    else if (
      ctx.since('1.14') &&
      Object.keys(asObj(body.hostDNS) ?? {}).length > 0 &&
      features.hostDNS !== undefined
    ) {
      report.error('.machine.features.hostDNS is already set in v1alpha1 config');
    }
  },
  crossCheck(docs, ctx) {
    if (!ctx.since('1.14')) return;
    const resolver = docs.find((d) => d.kind === 'ResolverConfig');
    if (!resolver) return;
    const nonDefault = asList(resolver.body.nameservers).some(
      (n) => !['', 'do53'].includes(asStr(asObj(n)?.protocol).toLowerCase()),
    );
    if (nonDefault && !hostDNSEnabled(docs, ctx.v1?.body)) {
      ctx.error(
        'talos/resolver-config',
        'hostDNS must be enabled when using non-default DNS protocols',
        resolver,
        ['nameservers'],
      );
    }
  },
};

/**
 * Host DNS as Talos's container resolves it (`NetworkHostDNSConfig`): the ResolverConfig's block when it
 * enables host DNS, else v1alpha1's `machine.features.hostDNS` (undefined when neither says anything).
 */
export function hostDNSSettings(
  docs: readonly { kind: string; body: Record<string, unknown> }[],
  v1: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  const fromDoc = asObj(docs.find((d) => d.kind === 'ResolverConfig')?.body.hostDNS);
  if (fromDoc?.enabled === true) return fromDoc;
  return asObj(dig(v1, 'machine', 'features', 'hostDNS'));
}

function hostDNSEnabled(
  docs: readonly { kind: string; body: Record<string, unknown> }[],
  v1: Record<string, unknown> | undefined,
): boolean {
  return hostDNSSettings(docs, v1)?.enabled === true;
}
