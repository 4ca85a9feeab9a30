/** RoutingRuleConfig (Talos `network.RoutingRuleConfigV1Alpha1`): a policy routing rule, named by its priority. Since Talos 1.13. */
import { parseGoUint } from '../../go/strconv.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

/** Priorities the kernel (local 0, main 32766, default 32767) and KubeSpan (32500) hold. */
const RESERVED_PRIORITIES = [0n, 32500n, 32766n, 32767n];

/** Whether a routing table value is nethelpers' TableUnspec (also Go's zero value). */
function isUnspecTable(v: unknown): boolean {
  return ['', '0', 'unspec'].includes(asStr(v).toLowerCase());
}

/** Whether an action is unset or plain unicast (a rule that then needs a table to look up). */
function isUnicast(v: unknown): boolean {
  return ['', '0', 'unspec', '1', 'unicast'].includes(asStr(v).toLowerCase());
}

export const RoutingRuleConfig: KindEntry = {
  kind: 'RoutingRuleConfig',
  group: 'network',
  validate(body, report) {
    const name = asStr(body.name);
    if (name === '') report.error('name must be specified', ['name']);
    const priority = parseGoUint(name, 32);
    if (priority.error)
      report.error(`invalid name: must be priority parsable unsigned integer: ${priority.error}`, ['name']);
    if (RESERVED_PRIORITIES.includes(priority.value))
      report.error(
        `priority must be between 1 and 32765 (excluding reserved priorities [${RESERVED_PRIORITIES.join(' ')}])`,
        ['name'],
      );
    if (isUnspecTable(body.table) && isUnicast(body.action))
      report.error(
        'either table or a non-unicast action must be specified',
        body.table === undefined ? [] : ['table'],
      );
    if (Number(body.fwMask ?? 0) !== 0 && Number(body.fwMark ?? 0) === 0)
      report.error('fwMask requires fwMark to be set', ['fwMask']);
  },
};
