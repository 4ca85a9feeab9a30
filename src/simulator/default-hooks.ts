/**
 * Default simulator hooks: a light validity check, and whether an apply reboots by Talos's own
 * immediate-apply rule (the one the kinds define, which the impact prediction calls too). The node's
 * configs are read with the version contract nearest to its Talos version.
 */
import { parseAllDocuments } from 'yaml';
import type { ConfigDocument } from '../config/document.js';
import { loadConfig } from '../config/patch.js';
import { describeError } from '../errors.js';
import { immediateApplyBlockers } from '../kinds/apply.js';
import { installerImage } from '../kinds/images.js';
import { machineTypeOf } from '../kinds/machine.js';
import { V1ALPHA1_DOCUMENT_KEYS } from '../kinds/v1alpha1/document-keys.js';
import { asStr } from '../kinds/values.js';
import { CONTRACTS, type Contract, contractForVersion } from '../model/model.js';
import { formatPath } from '../validate/paths.js';
import type { SimulatorHooks } from './types.js';
import { appliesWithoutReboot, parseTalosVersion } from './version.js';

type Doc = Record<string, unknown>;

/** All documents of a multi-document config; YAML errors are returned, not thrown. */
export function parseConfigDocuments(yaml: string): { docs: unknown[]; errors: string[] } {
  const errors: string[] = [];
  const docs: unknown[] = [];
  for (const doc of parseAllDocuments(yaml)) {
    if (doc.errors.length) {
      errors.push(...doc.errors.map((e) => e.message.split('\n')[0]!));
      continue;
    }
    const value = doc.toJS() as unknown;
    if (value !== null && value !== undefined) docs.push(value);
  }
  return { docs, errors };
}

/** The v1alpha1 document (a mapping without `kind` carrying v1alpha1's keys), as plain YAML. */
export function v1alpha1Document(yaml: string): Doc | undefined {
  const { docs } = parseConfigDocuments(yaml);
  return docs.find(
    (d): d is Doc =>
      !!d &&
      typeof d === 'object' &&
      !('kind' in (d as Doc)) &&
      V1ALPHA1_DOCUMENT_KEYS.some((k) => k in (d as Doc)),
  );
}

/** The contract a node's configs are read with: its own, else the nearest one. */
export function nearestContract(talosVersion: string): Contract {
  const own = contractForVersion(talosVersion)?.contract;
  if (own) return own;
  return (parseTalosVersion(talosVersion)?.minor ?? 0) < 10 ? CONTRACTS[0] : CONTRACTS.at(-1)!;
}

/**
 * A config as the node reads it, memoized by contract and text: a node judges the same config in a dry
 * run, in the apply and in the next comparison, and a simulated fleet shares one process.
 */
const loaded = new Map<string, ConfigDocument[]>();
export function loadConfigFor(yaml: string, contract: Contract): ConfigDocument[] {
  const key = `${contract}\u0000${yaml}`;
  let docs = loaded.get(key);
  if (!docs) {
    docs = loadConfig(yaml, 'machine config', contract);
    if (loaded.size >= 256) loaded.delete(loaded.keys().next().value!);
    loaded.set(key, docs);
  }
  return docs;
}

function load(yaml: string, talosVersion: string): ConfigDocument[] {
  return loadConfigFor(yaml, nearestContract(talosVersion));
}

/**
 * What the node's installer reads from a config, by the kinds' rules: the machine type and the
 * installer image (UnattendedInstallConfig's when the config has one, as Talos 1.14 does, else
 * v1alpha1's). A config the node cannot read tells it nothing.
 */
export function installFacts(
  yaml: string,
  talosVersion = `v${CONTRACTS.at(-1)}.0`,
): { machineType?: string; installerImage?: string } {
  let docs: ConfigDocument[];
  try {
    docs = load(yaml, talosVersion);
  } catch {
    return {};
  }
  const type = machineTypeOf(docs)?.value;
  return {
    machineType: typeof type === 'string' && type !== '' ? type : undefined,
    installerImage: installerImage(docs)?.value,
  };
}

const NO_V1ALPHA1 =
  "the applied machine configuration doesn't contain v1alpha1 config, did you mean to patch the machine config instead?";

export function defaultValidate(configYaml: string, talosVersion: string): string[] {
  const { errors } = parseConfigDocuments(configYaml);
  if (errors.length) return errors.map((e) => `failed to parse config: ${e}`);
  if (!v1alpha1Document(configYaml)) return [NO_V1ALPHA1];
  let docs: ConfigDocument[];
  try {
    docs = load(configYaml, talosVersion);
  } catch (err) {
    return [describeError(err).replace(/^machine config(:\d+)?: /, '')];
  }
  const declared = machineTypeOf(docs);
  if (!declared) return [NO_V1ALPHA1];
  // an apply names its machine type explicitly; an absent or unknown one is refused
  if (declared.value === undefined || declared.type === 'unknown')
    return [`${formatPath(declared.segs)}: unknown machine type ${JSON.stringify(asStr(declared.value))}`];
  return [];
}

/** Talos ≤1.13: whether the change cannot be applied immediately (so AUTO reboots). */
export function needsRebootByTalosRule(
  current: ConfigDocument[],
  next: ConfigDocument[],
  talosVersion: string,
): boolean {
  if (appliesWithoutReboot(talosVersion)) return false;
  const minor = parseTalosVersion(talosVersion)?.minor;
  return immediateApplyBlockers(current, next, nearestContract(talosVersion), minor).length > 0;
}

export function defaultNeedsReboot(currentYaml: string, nextYaml: string, talosVersion: string): boolean {
  if (appliesWithoutReboot(talosVersion)) return false;
  try {
    return needsRebootByTalosRule(
      load(currentYaml, talosVersion),
      load(nextYaml, talosVersion),
      talosVersion,
    );
  } catch {
    // a config Talos cannot read is never applied immediately
    return true;
  }
}

export const defaultHooks: SimulatorHooks = {
  validate: defaultValidate,
  needsReboot: defaultNeedsReboot,
};
