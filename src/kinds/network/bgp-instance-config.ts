/**
 * BGPInstanceConfig (Talos `network.BGPInstanceConfigV1Alpha1`): a BGP speaker, its neighbors and the
 * routes it imports from other instances. Since Talos 1.14.
 */
import { parseGoDuration } from '../../go/duration.js';
import {
  formatGoAddr,
  formatGoPrefix,
  type GoPrefix,
  isMaskedPrefix,
  parseGoAddr,
  parseGoPrefix,
  prefixContains,
} from '../../go/netip.js';
import type { DocReport, KindEntry } from '../types.js';
import { asList, asObj, asStr, type Obj } from '../values.js';

const negative = (v: unknown) => (parseGoDuration(asStr(v)) ?? 0n) < 0n;

function prefixOf(v: unknown): GoPrefix | undefined {
  const p = parseGoPrefix(asStr(v));
  return 'prefix' in p ? p.prefix : undefined;
}

/** Two prefixes of one family where either holds the other's address. */
function overlap(a: GoPrefix, b: GoPrefix): boolean {
  return (
    a.addr.bytes.length === b.addr.bytes.length && (prefixContains(a, b.addr) || prefixContains(b, a.addr))
  );
}

/** A neighbor is its address or its link, exactly one of them; the key tells duplicates apart. */
function neighborKey(n: Obj): string | undefined {
  const addr = parseGoAddr(asStr(n.address));
  const link = asStr(n.link);
  if ('addr' in addr === (link !== '')) return undefined;
  return 'addr' in addr ? formatGoAddr(addr.addr) : link;
}

function checkNeighbors(body: Obj, report: DocReport): void {
  const seen = new Set<string>();
  const vrf = asStr(body.vrf);
  asList(body.neighbors).forEach((item, i) => {
    const n = asObj(item) ?? {};
    const key = neighborKey(n);
    if (key === undefined)
      report.error(`neighbor[${i}]: exactly one of address or link must be set`, ['neighbors', i]);
    if (negative(n.holdTime))
      report.error(`neighbor[${i}]: holdTime must not be negative`, ['neighbors', i, 'holdTime']);
    const bfd = asObj(n.bfd);
    if (n.bfd !== undefined && n.bfd !== null) {
      const at = ['neighbors', i, 'bfd'];
      if (vrf !== '') report.error(`neighbor[${i}]: bfd is not supported for VRF-bound BGP instances`, at);
      if (negative(bfd?.transmitInterval))
        report.error(`neighbor[${i}]: bfd.transmitInterval must not be negative`, [
          ...at,
          'transmitInterval',
        ]);
      if (negative(bfd?.receiveInterval))
        report.error(`neighbor[${i}]: bfd.receiveInterval must not be negative`, [...at, 'receiveInterval']);
    }
    if (key === undefined) return;
    if (seen.has(key))
      report.error(`neighbor[${i}]: duplicate neighbor ${JSON.stringify(key)}`, ['neighbors', i]);
    seen.add(key);
  });
}

/** One import's prefixes: each valid and masked, none overlapping an earlier one of the same import. */
function checkImportPrefixes(index: number, prefixes: unknown[], report: DocReport): void {
  const at = (i: number) => ['importRoutes', index, 'prefixes', i];
  if (prefixes.length === 0)
    report.error(`importRoutes[${index}]: at least one prefix must be specified`, ['importRoutes', index]);
  const parsed = prefixes.map(prefixOf);
  parsed.forEach((p, i) => {
    if (!p) {
      report.error(`importRoutes[${index}].prefixes[${i}]: invalid prefix`, at(i));
      return;
    }
    if (!isMaskedPrefix(p))
      report.error(
        `importRoutes[${index}].prefixes[${i}]: prefix ${formatGoPrefix(p)} must be masked`,
        at(i),
      );
    for (let j = 0; j < i; j++) {
      const other = parsed[j];
      if (other && overlap(other, p))
        report.error(
          `importRoutes[${index}].prefixes[${i}]: prefix ${formatGoPrefix(p)} overlaps prefixes[${j}] ${formatGoPrefix(other)}`,
          at(i),
        );
    }
  });
}

/** Imports from other instances: a named source, not itself, each source once, no prefix imported twice. */
function checkImports(body: Obj, report: DocReport): void {
  const self = asStr(body.name);
  const sources = new Set<string>();
  const selectors: { prefix: GoPrefix; route: number }[] = [];
  asList(body.importRoutes).forEach((item, i) => {
    const route = asObj(item) ?? {};
    const source = asStr(route.bgpInstance);
    const at = ['importRoutes', i];
    if (source === '') report.error(`importRoutes[${i}]: bgpInstance must be specified`, at);
    else if (source === self)
      report.error(`importRoutes[${i}]: cannot import from the same BGP instance ${JSON.stringify(self)}`, [
        ...at,
        'bgpInstance',
      ]);
    const prefixes = asList(route.prefixes);
    checkImportPrefixes(i, prefixes, report);
    if (source !== '') {
      if (sources.has(source))
        report.error(`importRoutes[${i}]: duplicate source BGP instance ${JSON.stringify(source)}`, [
          ...at,
          'bgpInstance',
        ]);
      sources.add(source);
    }
    prefixes.forEach((v, k) => {
      const prefix = prefixOf(v);
      if (!prefix || !isMaskedPrefix(prefix)) return;
      for (const s of selectors) {
        if (s.route !== i && overlap(s.prefix, prefix))
          report.error(
            `importRoutes[${i}]: prefix ${formatGoPrefix(prefix)} overlaps importRoutes[${s.route}] prefix ${formatGoPrefix(s.prefix)}`,
            [...at, 'prefixes', k],
          );
      }
      selectors.push({ prefix, route: i });
    });
  });
}

export const BGPInstanceConfig: KindEntry = {
  kind: 'BGPInstanceConfig',
  group: 'network',
  validate(body, report) {
    if (asStr(body.name) === '') report.error('name must be specified', ['name']);
    if (Number(body.localASN ?? 0) === 0) report.error('localASN must be specified', ['localASN']);
    const routerID = parseGoAddr(asStr(body.routerID));
    if ('addr' in routerID && routerID.addr.bytes.length !== 4)
      report.error('routerID must be an IPv4 address', ['routerID']);
    if (asList(body.neighbors).length === 0) report.warn('BGPInstanceConfig has no neighbors configured', []);
    checkNeighbors(body, report);
    checkImports(body, report);
  },
};
