/**
 * Secret inputs go into the secret registry the moment they are read; the registry forwards every
 * value to core.setSecret (masking in logs) and is the redactor for everything the action writes
 * (comment, summary, annotations, report, error messages).
 */
import path from 'node:path';
import type { SecretRegistry } from '../src/secrets/registry.js';
import {
  defaultTalosconfigPath,
  parseTalosconfig,
  readTalosconfig,
  type Talosconfig,
  talosconfigSecrets,
} from '../src/talos/talosconfig.js';
import type { ActionInputs } from './inputs.js';

export function registerInputSecrets(registry: SecretRegistry, inputs: ActionInputs): void {
  registry.add(inputs.githubToken);
  // Key lines only: comment lines of a key file hold the public key and dates, not secrets.
  for (const line of inputs.ageKey.split(/\r?\n/)) {
    const t = line.trim();
    if (t && !t.startsWith('#')) registry.add(t);
  }
}

/** A talosconfig's client keys and certificates (base64 and decoded PEM) as secrets. */
export function registerTalosconfig(registry: SecretRegistry, cfg: Talosconfig): void {
  registry.addAll(talosconfigSecrets(cfg));
}

/** YAML text when it looks like a document, else a path. */
function isInlineTalosconfig(value: string): boolean {
  return value.includes('\n') || /^\s*(context|contexts)\s*:/.test(value);
}

/**
 * The talosconfig from the `talosconfig` input (YAML text or a path), else $TALOSCONFIG, else
 * ~/.talos/config. The key lines of inline text are registered before it is parsed, so even a
 * malformed one cannot put a client key into a log or an error message.
 */
export async function loadTalosconfigInput(
  value: string,
  env: Record<string, string | undefined>,
  workspace: string,
  registry: SecretRegistry,
): Promise<{ talosconfig: Talosconfig; file: string }> {
  let talosconfig: Talosconfig;
  let file: string;
  if (value.trim() && isInlineTalosconfig(value)) {
    for (const line of value.split(/\r?\n/)) {
      const m = /^\s*(key|crt|ca)\s*:\s*(\S+)\s*$/.exec(line);
      if (m?.[1] === 'key' || m?.[1] === 'crt') registry.add(m[2]);
    }
    file = 'input talosconfig';
    talosconfig = parseTalosconfig(value, file);
  } else {
    file = path.resolve(workspace, value.trim() || defaultTalosconfigPath(env as NodeJS.ProcessEnv));
    talosconfig = await readTalosconfig(file);
  }
  registerTalosconfig(registry, talosconfig);
  return { talosconfig, file };
}
