/** OOMConfig (Talos `runtime.OOMV1Alpha1`): Talos's userspace OOM handler. Since Talos 1.12. */
import { parseGoDuration } from '../../go/duration.js';
import { celBoolError, celDoubleError } from '../shared/cel/index.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const OOMConfig: KindEntry = {
  kind: 'OOMConfig',
  group: 'runtime',
  validate(body, report, ctx) {
    const trigger = asStr(body.triggerExpression);
    if (trigger !== '') {
      const err = celBoolError(trigger, 'OOMTrigger', ctx.contract);
      if (err) report.error(`OOM trigger expression is invalid: ${err}`, ['triggerExpression']);
    }
    const ranking = asStr(body.cgroupRankingExpression);
    if (ranking !== '') {
      const err = celDoubleError(ranking, 'OOMCgroupScoring', ctx.contract);
      if (err) report.error(`OOM cgroup scoring expression is invalid: ${err}`, ['cgroupRankingExpression']);
    }
    if ((parseGoDuration(asStr(body.sampleInterval)) ?? 0n) < 0n)
      report.error('OOM sample interval must be longer than 0', ['sampleInterval']);
  },
};
