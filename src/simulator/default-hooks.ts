/**
 * Default simulator hooks: a light validity check and Talos's "can this be applied without a
 * reboot" rule (the v1alpha1 document compared with the live-applicable fields ignored).
 */
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { LIVE_FEATURE_FIELDS, LIVE_MACHINE_FIELDS } from '../kinds/v1alpha1/live-fields.js';
import type { SimulatorHooks } from './types.js';
import { appliesWithoutReboot, atLeast } from './version.js';

const MACHINE_TYPES = new Set(['controlplane', 'worker', 'init']);

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

/** The v1alpha1 document (the one with `version: v1alpha1` and no `kind`). */
export function v1alpha1Document(yaml: string): Doc | undefined {
  const { docs } = parseConfigDocuments(yaml);
  return docs.find(
    (d): d is Doc =>
      !!d && typeof d === 'object' && (d as Doc).version === 'v1alpha1' && !('kind' in (d as Doc)),
  );
}

/**
 * What the node's installer reads from a config: the machine type and the installer image (from
 * UnattendedInstallConfig when the config has one, as Talos 1.14 does, else machine.install.image).
 */
export function installFacts(yaml: string): { machineType?: string; installerImage?: string } {
  const { docs } = parseConfigDocuments(yaml);
  const v1 = docs.find((d): d is Doc => !!d && typeof d === 'object' && (d as Doc).version === 'v1alpha1');
  const machine = v1?.machine as Doc | undefined;
  const unattended = docs.find(
    (d): d is Doc => !!d && typeof d === 'object' && (d as Doc).kind === 'UnattendedInstallConfig',
  );
  const image = unattended
    ? (unattended.installer as Doc | undefined)?.image
    : (machine?.install as Doc | undefined)?.image;
  return {
    machineType: typeof machine?.type === 'string' ? machine.type : undefined,
    installerImage: typeof image === 'string' && image ? image : undefined,
  };
}

export function defaultValidate(configYaml: string, _talosVersion: string): string[] {
  const { docs, errors } = parseConfigDocuments(configYaml);
  if (errors.length) return errors.map((e) => `failed to parse config: ${e}`);
  const v1 = docs.find((d) => !!d && typeof d === 'object' && (d as Doc).version === 'v1alpha1');
  if (!v1) {
    return [
      "the applied machine configuration doesn't contain v1alpha1 config, did you mean to patch the machine config instead?",
    ];
  }
  const machine = (v1 as Doc).machine as Doc | undefined;
  const type = machine?.type;
  if (typeof type !== 'string' || !MACHINE_TYPES.has(type)) {
    return [`machine.type: unknown machine type ${JSON.stringify(type ?? '')}`];
  }
  return [];
}

/** YAML nulls are absent fields to Talos's Go structs. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value && typeof value === 'object') {
    const out: Doc = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = dropNulls(v);
    return out;
  }
  return value;
}

/** The v1alpha1 document with every live-applicable field removed (what CanApplyImmediate compares). */
function rebootRelevant(doc: Doc | undefined, talosVersion: string, other: Doc | undefined): unknown {
  if (!doc) return undefined;
  const copy = structuredClone(dropNulls(doc)) as Doc;
  delete copy.debug;
  delete copy.cluster;
  const machine = copy.machine as Doc | undefined;
  const otherMachine = other?.machine as Doc | undefined;
  if (machine && otherMachine) {
    for (const k of LIVE_MACHINE_FIELDS) delete machine[k];
    const features = machine.features as Doc | undefined;
    // Talos only ignores feature sub-fields when both configs have a features block.
    if (features && otherMachine.features) {
      // imageCache and nodeAddressSortAlgorithm joined the list in Talos 1.9
      const keys = atLeast(talosVersion, 1, 9)
        ? LIVE_FEATURE_FIELDS
        : LIVE_FEATURE_FIELDS.filter((k) => k !== 'imageCache' && k !== 'nodeAddressSortAlgorithm');
      for (const k of keys) delete features[k];
    }
  }
  return copy;
}

export function defaultNeedsReboot(currentYaml: string, nextYaml: string, talosVersion: string): boolean {
  if (appliesWithoutReboot(talosVersion)) return false;
  const current = v1alpha1Document(currentYaml);
  const next = v1alpha1Document(nextYaml);
  return !isDeepStrictEqual(
    rebootRelevant(current, talosVersion, next),
    rebootRelevant(next, talosVersion, current),
  );
}

export const defaultHooks: SimulatorHooks = {
  validate: defaultValidate,
  needsReboot: defaultNeedsReboot,
};
