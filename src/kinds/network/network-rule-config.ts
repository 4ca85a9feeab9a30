/**
 * NetworkRuleConfig (Talos `network.RuleConfigV1Alpha1`): an ingress firewall rule: ports and the
 * subnets allowed to reach them. Talos stops at the first problem it finds.
 */
import { parseGoPrefix } from '../../go/netip.js';
import type { Seg } from '../../validate/paths.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr } from '../values.js';

interface PortRange {
  lo: number;
  hi: number;
  at: number;
}

/** PortRange's YAML form: a port, or `lo-hi`; undefined when Talos would not decode it. */
function parsePortRange(v: unknown, at: number): PortRange | undefined {
  const text = asStr(v);
  const port = (s: string) => (/^\d+$/.test(s) && Number(s) <= 65535 ? Number(s) : undefined);
  const single = port(text);
  if (single !== undefined) return { lo: single, hi: single, at };
  const [lo, hi, ...rest] = text.split('-');
  const l = port(lo ?? '');
  const h = port(hi ?? '');
  return rest.length === 0 && l !== undefined && h !== undefined ? { lo: l, hi: h, at } : undefined;
}

/** PortRanges.Validate: each range ordered, and no two ranges overlapping (checked in port order). */
function portRangesProblem(ranges: PortRange[]): { message: string; at: number } | undefined {
  const sorted = [...ranges].sort((a, b) => a.lo - b.lo);
  const text = (r: PortRange) => `${r.lo}-${r.hi}`;
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i]!;
    if (r.lo > r.hi) return { message: `invalid port range: ${text(r)}`, at: r.at };
    const prev = sorted[i - 1];
    if (prev && r.lo <= prev.hi)
      return { message: `invalid port range: ${text(r)}, overlaps with ${text(prev)}`, at: r.at };
  }
  return undefined;
}

export const NetworkRuleConfig: KindEntry = {
  kind: 'NetworkRuleConfig',
  group: 'network',
  validate(body, report) {
    if (asStr(body.name) === '') return report.error('name is required', ['name']);
    const selector = asObj(body.portSelector) ?? {};
    const ports = asList(selector.ports);
    if (ports.length === 0)
      return report.error(
        'portSelector.ports is required',
        body.portSelector === undefined ? [] : ['portSelector'],
      );
    const ranges: PortRange[] = [];
    for (const [i, p] of ports.entries()) {
      const r = parsePortRange(p, i);
      if (!r)
        return report.error(`invalid port range: ${JSON.stringify(asStr(p))}`, ['portSelector', 'ports', i]);
      ranges.push(r);
    }
    const problem = portRangesProblem(ranges);
    if (problem) return report.error(problem.message, ['portSelector', 'ports', problem.at]);
    for (const [i, r] of asList(body.ingress).entries()) {
      const rule = asObj(r) ?? {};
      const subnet = asStr(rule.subnet);
      const at: Seg[] = rule.subnet === undefined ? ['ingress', i] : ['ingress', i, 'subnet'];
      if (subnet === '' || 'error' in parseGoPrefix(subnet))
        return report.error(`invalid subnet: ${subnet === '' ? 'invalid Prefix' : subnet}`, at);
      const except = asStr(rule.except);
      if (except !== '' && 'error' in parseGoPrefix(except))
        return report.error(`invalid except: ${except}`, ['ingress', i, 'except']);
    }
  },
};
