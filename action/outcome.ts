/** Whether a plan fails the step, by the `fail-on` input: error findings always, warnings on request. */
import { severityCounts } from '../src/plan/facts.js';
import { plural } from '../src/plan/md.js';
import type { Finding } from '../src/validate/types.js';
import type { FailOn } from './inputs.js';

/** The failure message, or undefined when the step passes. Waived findings never fail it. */
export function planFailure(findings: readonly Finding[], failOn: FailOn): string | undefined {
  const c = severityCounts(findings);
  const failing = c.error + (failOn === 'warning' ? c.warning : 0);
  if (failing === 0) return undefined;
  const parts = [
    c.error ? plural(c.error, 'error') : '',
    failOn === 'warning' && c.warning ? plural(c.warning, 'warning') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `the plan has ${parts} (fail-on: ${failOn}); see the job summary and the annotations`;
}
