/**
 * Validation and policy: Talos schema and semantic rules per node, fleet rules, policy packs and the
 * team's own policies, waivers, and the text / json / sarif reports.
 *
 *   const { fleet, errors } = await renderFleet({ files, identities, registry });
 *   const result = validateFleet(fleet, {
 *     policyFiles: repoPolicyFiles(files),
 *     renderFailures: errors,
 *     failOn,
 *     redact: (t) => registry.redact(t),
 *   });
 *   print(formatFindings(result.findings, format, { rules: result.rules, summary: result.summary }));
 *   process.exitCode = result.exitCode;
 */

export type { PolicyFile } from '../policy/load.js';
export { repoPolicyFiles } from '../policy/repo-files.js';
export { benchmarkFleetValidation, type ValidationBenchmark } from './bench.js';
export { type ConfigFileOptions, validateConfigFile, validateConfigText } from './config-text.js';
export { isProductionStage } from './fleet.js';
export { type FormatOptions, formatFindings, type OutputFormat } from './format/index.js';
export { type RenderFailure, renderErrorFindings } from './render-errors.js';
export { type FleetValidator, repoFleetValidator } from './repo-validator.js';
export { exitCodeFor, type FailOn, type Summary, summarize } from './result.js';
export { type RuleInfo, VALIDATOR_RULES } from './rules.js';
export type { Finding, Severity } from './types.js';
export { type ValidateOptions, type ValidationResult, validateFleet } from './validate-fleet.js';
