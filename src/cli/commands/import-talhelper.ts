/** `talos-gitops import talhelper talconfig.yaml`: a cluster folder from a talhelper project. */
import path from 'node:path';
import { TalosGitopsError } from '../../errors.js';
import { importTalhelper } from '../../import/talhelper/import.js';
import { loadAgeIdentities } from '../../secrets/age-identities.js';
import { SecretRegistry } from '../../secrets/registry.js';
import { list, parseArgs, str } from '../args.js';
import type { Io } from '../io.js';
import { clusterFolder, describeFolder, writeFolder } from './import.js';

export const IMPORT_TALHELPER_HELP = `Usage: talos-gitops import talhelper [talconfig.yaml] [--recipient AGE_RECIPIENT...] [--env-file F]...
                                    [--secret-file F] [--stage S] [--out DIR] [--clusters-dir DIR]

Writes OUT/clusters/<clusterName>/ (default OUT: the current folder) from a talhelper project so that
\`render\` gives the machine configs \`talhelper genconfig\` generates (checked before anything is written):
  - talconfig.yaml (default ./talconfig.yaml) is read as talhelper reads it: env variables from
    talenv{,.sops}.y{a,}ml next to it and --env-file, \`@./file\` references, role settings for nodes;
  - talhelper's own settings (hostname, install disk, labels, files, nameservers, …) become the smallest
    cluster, role and node patches; each node's schematic goes to cluster.yaml (its installer follows);
  - its patches are written as files under patches/talhelper/, applied in talhelper's order;
  - talsecret.sops.yaml (or --secret-file) is kept as the bundle, byte for byte; with --recipient it is
    re-encrypted to those recipients instead. Patches holding secret values are written encrypted.
What differs by design and what cannot be carried over is printed. Age identities to decrypt the
talhelper files come from SOPS_AGE_KEY / SOPS_AGE_KEY_FILE.`;

export async function importTalhelperCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    recipient: { value: true, multiple: true, short: 'r' },
    'env-file': { value: true, multiple: true, short: 'e' },
    'secret-file': { value: true, short: 's' },
    stage: { value: true },
    out: { value: true, short: 'o' },
    'clusters-dir': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${IMPORT_TALHELPER_HELP}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new TalosGitopsError('import talhelper takes one talconfig.yaml');
  const file = path.resolve(io.cwd, positionals[0] ?? 'talconfig.yaml');
  const registry = new SecretRegistry();
  const identities = await loadAgeIdentities({ env: io.env });
  const say = (t: string) => io.out(registry.redact(t));
  const imported = await importTalhelper({
    file,
    envFiles: list(flags['env-file']).map((f) => path.resolve(io.cwd, f)),
    secretFile: str(flags['secret-file']) ? path.resolve(io.cwd, str(flags['secret-file'])!) : undefined,
    env: io.env,
    identities,
    recipients: list(flags.recipient),
    registry,
    stage: str(flags.stage),
  });
  const dir = clusterFolder(io, flags, imported.cluster);
  writeFolder(dir, imported.files);
  say(
    `imported ${imported.cluster} from ${path.relative(io.cwd, file) || file}: ${imported.nodes.length} nodes, Talos ${imported.talosVersion}\n`,
  );
  say(`wrote ${path.relative(io.cwd, dir) || dir}/: ${describeFolder(imported.files)}\n`);
  say(
    imported.bundleKept
      ? "secrets.sops.yaml is talhelper's secrets file, byte for byte\n"
      : "secrets.sops.yaml holds talhelper's secrets, re-encrypted to the given recipients\n",
  );
  say(
    imported.afterPlacement === 'levels'
      ? "talhelper's patches sit at their levels (global, role, node): that renders the same as talhelper's order\n"
      : "talhelper's patches are listed per node in talhelper's order (role, node, then global), which decides the result here\n",
  );
  say('render gives the configs talhelper genconfig generates (checked before writing)\n');
  say('\nDifferences by design:\n');
  for (const d of imported.differences) say(`  - ${d}\n`);
  if (imported.notCarried.length > 0) {
    say("\nNOT carried over — these nodes differ from talhelper's output until you add them by hand:\n");
    for (const d of imported.notCarried) say(`  - ${d}\n`);
  } else {
    say('\nEverything talhelper generates for these nodes was carried over.\n');
  }
  return 0;
}
