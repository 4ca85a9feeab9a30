/** The staged rolling apply: the entry point for the action and the CLI. */
export { mapLimit, pollUntil, realClock } from './clock.js';
export {
  formatRolloutReport,
  MARKDOWN_LIMIT,
  ROLLOUT_REPORT_MARKER,
  type RolloutReportFormat,
  rolloutMarkdown,
} from './format.js';
export { formerAddresses } from './former-addresses.js';
export { describeEvent, lineProgress, progressFor, terminalProgress } from './progress.js';
export { clusterClient, type RunRolloutOptions, rolloutExitCode, runRollout } from './rollout.js';
export { orderStages, workerParallelism } from './schedule.js';
export { clusterOsCa, simulatedClusterSpecs, simulatedSchematics } from './simulated-fleet.js';
export type * from './types.js';
export { DEFAULT_TIMING } from './types.js';
