/** `talos-gitops patch BASE --patch P ...`: behaves like `talosctl machineconfig patch`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { applyPatches, type ConfigState, loadPatches, stateText } from '../../config/patch.js';
import { TalosGitopsError } from '../../errors.js';
import { contractOf } from '../../model/model.js';
import { parseYamlDocuments } from '../../yaml/ynode.js';
import { list, parseArgs, str } from '../args.js';
import type { Io } from '../io.js';

export const PATCH_HELP = `Usage: talos-gitops patch BASE [--patch P]... [--output FILE] [--talos-version V]

Patches a machine config like \`talosctl machineconfig patch\`. P is @file, a bare file name, or inline
YAML/JSON (a strategic merge patch or an RFC 6902 JSON patch). The result goes to stdout or --output.
--talos-version picks the version contract whose fields are accepted (default: the newest, 1.14).`;

export async function patchCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    patch: { value: true, multiple: true, short: 'p' },
    output: { value: true, short: 'o' },
    'talos-version': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${PATCH_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new TalosGitopsError('patch takes exactly one BASE file (see --help)');
  const base = positionals[0]!;
  const version = str(flags['talos-version']);
  const contract = version ? contractOf(version) : undefined;
  if (version && !contract)
    throw new TalosGitopsError(`unsupported Talos version ${version}: supported contracts are 1.10 to 1.14`);
  let text: string;
  try {
    text = readFileSync(base, 'utf8');
  } catch (e) {
    throw new TalosGitopsError(
      `cannot read base config: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      { file: base },
    );
  }
  const patches = loadPatches(list(flags.patch), { contract });
  // An empty base is an empty config; otherwise the base stays bytes until a strategic patch needs it.
  const empty = parseYamlDocuments(text, base).every((d) => d.root === null);
  const state: ConfigState = empty ? { docs: [] } : { text };
  const result = applyPatches(state, patches, base, contract);
  const out = patches.length === 0 ? text : stateText(result, contract);
  const target = str(flags.output);
  if (target) writeFileSync(target, out);
  else io.out(out);
  return 0;
}
