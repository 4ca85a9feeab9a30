/**
 * LinkAliasConfig (Talos `network.LinkAliasConfigV1Alpha1`): an alias for the link a CEL selector
 * matches; from Talos 1.13 a name with one `%d` aliases every matching link in turn. Since Talos 1.12.
 */
import { celBoolError } from '../shared/cel/index.js';
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';

export const LinkAliasConfig: KindEntry = {
  kind: 'LinkAliasConfig',
  group: 'network',
  validate(body, report, ctx) {
    const name = asStr(body.name);
    if (name === '') report.error('name must be specified', ['name']);
    else if (ctx.since('1.13') && name.includes('%')) {
      const cut = name.indexOf('%');
      if (name.slice(cut + 1) !== 'd' || cut === 0)
        report.error(`name ${JSON.stringify(name)} contains an invalid format verb, use %d suffix`, ['name']);
    }
    const match = asStr(asObj(body.selector)?.match);
    if (match === '')
      report.error('link selector is required', body.selector === undefined ? [] : ['selector']);
    else {
      const problem = celBoolError(match, 'LinkLocator', ctx.contract);
      if (problem) report.error(`link selector is invalid: ${problem}`, ['selector', 'match']);
    }
  },
};
