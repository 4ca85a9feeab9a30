import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  applyPatches,
  loadPatches,
  parseYamlDocuments,
  stateText
} from "./chunk-N2UEE4T7.js";
import {
  contractOf,
  list,
  parseArgs,
  str
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import "./chunk-ZD72TYB7.js";

// src/cli/commands/patch.ts
import { readFileSync, writeFileSync } from "node:fs";
var PATCH_HELP = `Usage: talos-gitops patch BASE [--patch P]... [--output FILE] [--talos-version V]

Patches a machine config like \`talosctl machineconfig patch\`. P is @file, a bare file name, or inline
YAML/JSON (a strategic merge patch or an RFC 6902 JSON patch). The result goes to stdout or --output.
--talos-version picks the version contract whose fields are accepted (default: the newest, 1.14).`;
async function patchCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    patch: { value: true, multiple: true, short: "p" },
    output: { value: true, short: "o" },
    "talos-version": { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${PATCH_HELP}
`);
    return 0;
  }
  if (positionals.length !== 1) throw new TalosGitopsError("patch takes exactly one BASE file (see --help)");
  const base = positionals[0];
  const version = str(flags["talos-version"]);
  const contract = version ? contractOf(version) : void 0;
  if (version && !contract)
    throw new TalosGitopsError(`unsupported Talos version ${version}: supported contracts are 1.10 to 1.14`);
  let text;
  try {
    text = readFileSync(base, "utf8");
  } catch (e) {
    throw new TalosGitopsError(
      `cannot read base config: ${e.code ?? e.message}`,
      { file: base }
    );
  }
  const patches = loadPatches(list(flags.patch), { contract });
  const empty = parseYamlDocuments(text, base).every((d) => d.root === null);
  const state = empty ? { docs: [] } : { text };
  const result = applyPatches(state, patches, base, contract);
  const out = patches.length === 0 ? text : stateText(result, contract);
  const target = str(flags.output);
  if (target) writeFileSync(target, out);
  else io.out(out);
  return 0;
}
export {
  PATCH_HELP,
  patchCommand
};
