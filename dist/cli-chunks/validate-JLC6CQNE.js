import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  formatFindings,
  validateConfigFile
} from "./chunk-NIQL7OVQ.js";
import {
  validateFleet
} from "./chunk-WPVCXFWV.js";
import {
  repoPolicyFiles
} from "./chunk-MC7OEDPC.js";
import "./chunk-6ANQTNRN.js";
import {
  cliContext,
  renderWorkTree,
  requireNoPositionals
} from "./chunk-D2OOZGHE.js";
import {
  workTreeFiles
} from "./chunk-BEKQC6IL.js";
import {
  VALIDATION_MODES
} from "./chunk-N2UEE4T7.js";
import "./chunk-MAIXELVJ.js";
import "./chunk-HLEF6RPP.js";
import {
  list,
  parseArgs,
  str
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import "./chunk-XKE3C3WH.js";
import "./chunk-ZD72TYB7.js";

// src/cli/commands/validate.ts
import { readFileSync } from "node:fs";
var VALIDATE_HELP = `Usage: talos-gitops validate [--repo DIR] [--cluster NAME]... [--stage S]... [--format text|json|sarif]
                             [--fail-on error|warning] [--policies-dir DIR] [--clusters-dir DIR]
       talos-gitops validate --config FILE [--mode metal|cloud|container] [--talos-version vX.Y.Z] [--strict]
                             [--on-machine] [--format text|json|sarif] [--fail-on error|warning]

Renders every node and reports schema, Talos semantic, fleet and policy findings, each with the file and
line that set the offending value. Exit status: 0 when no unwaived finding is an error (or a warning with
--fail-on warning), 1 otherwise. A cluster that fails to render is an error finding.

With --config, checks one machine config (or multi-document config without v1alpha1) the way
\`talosctl validate --config FILE --mode M\` does: the schema of the Talos version (default: the newest
known; a newer minor is checked under the newest, with a warning), then Talos's own rules for the mode
(default metal). --strict turns Talos's v1alpha1 warnings into errors, as Talos's strict mode does.
--on-machine validates as the node itself does when the config is applied (talosctl validate skips
this part): the Kubernetes version of the kubelet, kube-apiserver, kube-controller-manager,
kube-scheduler and kube-proxy images must be one the node's Talos version (--talos-version) supports.

Without --config, every rendered node config is validated as on the machine: it is what the node is
given, so a config the node would refuse on apply is an error here.`;
async function validateCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    format: { value: true },
    "fail-on": { value: true },
    "policies-dir": { value: true },
    "clusters-dir": { value: true },
    "age-key-file": { value: true },
    config: { value: true, short: "c" },
    mode: { value: true, short: "m" },
    "talos-version": { value: true },
    strict: {},
    "on-machine": {},
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${VALIDATE_HELP}
`);
    return 0;
  }
  requireNoPositionals(positionals, "validate");
  const format = str(flags.format) ?? "text";
  if (!["text", "json", "sarif"].includes(format))
    throw new TalosGitopsError(`unknown --format ${format} (text, json or sarif)`);
  const failOn = str(flags["fail-on"]) ?? "error";
  if (failOn !== "error" && failOn !== "warning")
    throw new TalosGitopsError(`--fail-on takes error or warning, not ${failOn}`);
  const config = str(flags.config);
  if (config !== void 0) {
    const mode = str(flags.mode) ?? "metal";
    if (!VALIDATION_MODES.includes(mode))
      throw new TalosGitopsError(`unknown --mode ${mode} (${VALIDATION_MODES.join(", ")})`);
    const result2 = validateConfigFile(readConfig(config), config, {
      mode,
      strict: flags.strict === true,
      onMachine: flags["on-machine"] === true,
      talosVersion: str(flags["talos-version"]),
      failOn
    });
    io.out(report(result2, format));
    return result2.exitCode;
  }
  for (const f of ["mode", "talos-version", "strict", "on-machine"])
    if (flags[f] !== void 0) throw new TalosGitopsError(`--${f} goes with --config FILE`);
  const ctx = await cliContext(io, str(flags.repo), str(flags["age-key-file"]));
  const result = await renderWorkTree(ctx, {
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    clustersDir: str(flags["clusters-dir"]),
    allowMissingSecrets: false
  });
  const validation = validateFleet(result.fleet, {
    policyFiles: repoPolicyFiles(workTreeFiles(ctx.root), str(flags["policies-dir"]) ?? "policies"),
    failOn,
    redact: (t) => ctx.registry.redact(t),
    renderFailures: result.errors
  });
  ctx.out(report(validation, format));
  return validation.exitCode;
}
function report(result, format) {
  return formatFindings(result.findings, format, {
    rules: result.rules,
    summary: result.summary,
    exitCode: result.exitCode
  });
}
function readConfig(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new TalosGitopsError(
      `cannot read config: ${e.code ?? e.message}`,
      {
        file
      }
    );
  }
}
export {
  VALIDATE_HELP,
  validateCommand
};
