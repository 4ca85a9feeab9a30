/**
 * Simulator hooks backed by the engine: a submitted config is validated with the strict loader of the
 * node's version contract, and whether an apply reboots comes from predictImpact (Talos's
 * immediate-apply rules), so the simulated nodes judge configs the way the engine models Talos.
 * Versions outside the model's contracts fall back to the simulator's own rules.
 */
import { loadConfig } from '../config/patch.js';
import { describeError } from '../errors.js';
import { contractOf } from '../model/model.js';
import { predictImpact } from '../plan/impact.js';
import { defaultNeedsReboot, defaultValidate } from './default-hooks.js';
import type { SimulatorHooks } from './types.js';
import { appliesWithoutReboot } from './version.js';

export function engineValidate(configYaml: string, talosVersion: string): string[] {
  const basic = defaultValidate(configYaml, talosVersion);
  if (basic.length) return basic;
  const contract = contractOf(talosVersion);
  if (!contract) return [];
  try {
    loadConfig(configYaml, 'machine config', contract);
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
    const versions = { talosVersion, kubernetesVersion: '' };
    const before = loadConfig(currentYaml, 'running config', contract);
    const after = loadConfig(nextYaml, 'machine config', contract);
    return predictImpact(before, after, contract, { before: versions, after: versions }).impacts.includes(
      'reboot',
    );
  } catch {
    return defaultNeedsReboot(currentYaml, nextYaml, talosVersion);
  }
}

export const engineHooks: SimulatorHooks = {
  validate: engineValidate,
  needsReboot: engineNeedsReboot,
};
