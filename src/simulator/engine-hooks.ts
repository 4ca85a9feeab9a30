/**
 * Simulator hooks backed by the engine's loader: a submitted config is validated with the strict loader
 * of the node's version contract, and whether an apply reboots comes from Talos's own immediate-apply
 * rule (src/kinds/apply.ts) — never from the engine's impact prediction, so the simulator cannot agree
 * with a wrong prediction. Versions outside the model's contracts use the default hooks.
 */
import type { ConfigDocument } from '../config/document.js';
import { describeError } from '../errors.js';
import { type Contract, contractOf } from '../model/model.js';
import {
  defaultNeedsReboot,
  defaultValidate,
  loadConfigFor,
  needsRebootByTalosRule,
} from './default-hooks.js';
import type { SimulatorHooks } from './types.js';
import { appliesWithoutReboot } from './version.js';

/**
 * A small memo by config text: a node judges the same config in a dry run, in the apply and in the
 * next comparison, and a simulated fleet shares one process with whatever drives it.
 */
function memo<T>(fn: (key: string) => T, max = 256): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(key);
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };
}

const SEP = '\u0000';
const load = (text: string, contract: Contract): ConfigDocument[] => loadConfigFor(text, contract);
const validateMemo = memo((key) => {
  const [version, text] = key.split(SEP) as [string, string];
  return validate(text, version);
});

export function engineValidate(configYaml: string, talosVersion: string): string[] {
  return validateMemo(`${talosVersion}${SEP}${configYaml}`);
}

function validate(configYaml: string, talosVersion: string): string[] {
  const basic = defaultValidate(configYaml, talosVersion);
  if (basic.length) return basic;
  const contract = contractOf(talosVersion);
  if (!contract) return [];
  try {
    load(configYaml, contract);
    return [];
  } catch (err) {
    // The loader names the submitted text "machine config"; Talos's messages do not carry a file.
    return [describeError(err).replace(/^machine config(:\d+)?: /, '')];
  }
}

export function engineNeedsReboot(currentYaml: string, nextYaml: string, talosVersion: string): boolean {
  if (appliesWithoutReboot(talosVersion)) return false;
  const contract = contractOf(talosVersion);
  if (!contract) return defaultNeedsReboot(currentYaml, nextYaml, talosVersion);
  try {
    return needsRebootByTalosRule(load(currentYaml, contract), load(nextYaml, contract), talosVersion);
  } catch {
    return defaultNeedsReboot(currentYaml, nextYaml, talosVersion);
  }
}

export const engineHooks: SimulatorHooks = {
  validate: engineValidate,
  needsReboot: engineNeedsReboot,
};
