/**
 * ResolverConfig (Talos `network.ResolverConfigV1Alpha1`): nameservers, search domains and, from Talos
 * 1.14, encrypted DNS protocols and the host DNS resolver. Since Talos 1.12.
 */
import { documentLabel } from '../../config/document.js';
import { parseGoAddr } from '../../go/netip.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr, dig, type Obj } from '../values.js';

const ENCRYPTED_ONLY_WARNING =
  'all configured nameservers use encrypted DNS (DoT or DoH): validating certificates requires a correct system clock, ' +
  'so boot may stall when NTP servers are configured by hostname; consider keeping at least one plain-DNS fallback ' +
  'or configuring NTP servers by IP address';

const isSet = (v: unknown) => v !== undefined && v !== null;

/** Go's value.IsZero of the hostDNS block: none of its switches is set. */
function hostDNSIsZero(hostDNS: Obj | undefined): boolean {
  return !hostDNS || !Object.values(hostDNS).some(isSet);
}

/** nethelpers.DNSProtocol as written (the zero value is Do53). */
function protocolOf(ns: Obj): 'do53' | 'dot' | 'doh' | 'other' {
  const p = asStr(ns.protocol).toLowerCase();
  if (p === '' || p === 'do53') return 'do53';
  return p === 'dot' || p === 'doh' ? p : 'other';
}

export const ResolverConfig: KindEntry = {
  kind: 'ResolverConfig',
  group: 'network',
  validate(body, report, ctx, doc) {
    if (!ctx.since('1.14')) return;
    const hostDNS = asObj(body.hostDNS);
    if (!hostDNSIsZero(hostDNS) && hostDNS?.enabled !== true) {
      if (hostDNS?.forwardKubeDNSToHost === true)
        report.error('hostDNS.forwardKubeDNSToHost cannot be enabled when hostDNS.enabled is false', [
          'hostDNS',
          'forwardKubeDNSToHost',
        ]);
      if (hostDNS?.resolveMemberNames === true)
        report.error('hostDNS.resolveMemberNames cannot be enabled when hostDNS.enabled is false', [
          'hostDNS',
          'resolveMemberNames',
        ]);
    }
    const servers = asList(body.nameservers);
    let encrypted = 0;
    servers.forEach((n, i) => {
      const ns = asObj(n) ?? {};
      const protocol = protocolOf(ns);
      const tls = asStr(ns.tlsServerName);
      if (protocol === 'dot' || protocol === 'doh') {
        encrypted++;
        if (tls === '')
          report.error(
            `tlsServerName must be set when protocol is ${protocol === 'dot' ? 'DoT' : 'DoH'}: entry ${i}`,
            ['nameservers', i],
          );
      } else if (protocol === 'do53') {
        if (tls !== '')
          report.error(`tlsServerName must be empty when protocol is Do53: entry ${i}`, [
            'nameservers',
            i,
            'tlsServerName',
          ]);
      } else report.error(`unsupported DNS protocol: entry ${i}`, ['nameservers', i, 'protocol']);
      if (!('addr' in parseGoAddr(asStr(ns.address))))
        report.error(`nameserver address must be a valid IP: entry ${i}`, ['nameservers', i]);
    });
    if (encrypted > 0 && encrypted === servers.length)
      report.warn(`${documentLabel(doc)}: ${ENCRYPTED_ONLY_WARNING}`, ['nameservers']);
  },
  conflictsWithV1alpha1(body, v1, report, ctx) {
    const machine = asObj(v1.machine) ?? {};
    const network = asObj(machine.network) ?? {};
    // v1alpha1's nameservers only count when one of them is an address (Talos skips the others)
    const v1Resolvers = asList(network.nameservers).some((n) => 'addr' in parseGoAddr(asStr(n)));
    if (isSet(network.searchDomains))
      report.error('.machine.network.searchDomains is already set in v1alpha1 config');
    else if (v1Resolvers) report.error('.machine.network.nameservers is already set in v1alpha1 config');
    else if (network.disableSearchDomain === true)
      report.error('.machine.network.disableSearchDomain is already set in v1alpha1 config');
    else if (
      ctx.since('1.14') &&
      !hostDNSIsZero(asObj(body.hostDNS)) &&
      isSet(dig(machine, 'features', 'hostDNS'))
    )
      report.error('.machine.features.hostDNS is already set in v1alpha1 config');
  },
  crossCheck(docs, ctx) {
    if (!ctx.since('1.14')) return;
    const resolver = docs.find((d) => d.kind === 'ResolverConfig');
    if (!resolver) return;
    const nonDefault = asList(resolver.body.nameservers).some((n) => protocolOf(asObj(n) ?? {}) !== 'do53');
    if (nonDefault && hostDNSSettings(docs, ctx.v1?.body)?.enabled !== true) {
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
