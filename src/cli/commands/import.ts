/**
 * `talos-gitops import`: a cluster folder from a running cluster (`--talosconfig`), or from a talhelper
 * project (`import talhelper`, in import-talhelper.ts). Secrets are written only SOPS-encrypted; the folder is written whole or not at all, and never over an existing one.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TalosGitopsError } from '../../errors.js';
import { importLiveCluster } from '../../import/live.js';
import { SecretRegistry } from '../../secrets/registry.js';
import { TalosClient } from '../../talos/client.js';
import { defaultTalosconfigPath, readTalosconfig, resolveContext } from '../../talos/talosconfig.js';
import { list, parseArgs, str } from '../args.js';
import type { Io } from '../io.js';
import { importTalhelperCommand } from './import-talhelper.js';

export const IMPORT_HELP = `Usage: talos-gitops import --talosconfig FILE --cluster NAME --recipient AGE_RECIPIENT...
                          [--context CTX] [--nodes A,B,...] [--stage S] [--out DIR] [--clusters-dir DIR]
       talos-gitops import talhelper [talconfig.yaml] [--recipient AGE_RECIPIENT...] [--out DIR] ...

From a running cluster: reads every node's machine config and Talos version over the Talos API (read
only: nothing on the nodes changes), recovers the cluster's secrets bundle from its control planes and
writes OUT/clusters/NAME/ (default OUT: the current folder): cluster.yaml, secrets.sops.yaml encrypted to
every --recipient, and the smallest patches — what all nodes share, what each role shares, the rest per
node — such that \`render\` reproduces each node's live config byte for byte (checked before anything
is written). Patches holding a secret value are written SOPS-encrypted too (*.secrets.sops.yaml).
The nodes are those of the talosconfig context --context, else of the context named NAME if there is
one, else of the current context; or --nodes. Reading machine configs needs the os:admin role.

From talhelper: see \`talos-gitops import talhelper --help\`.`;

export async function importCommand(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'talhelper') return importTalhelperCommand(argv.slice(1), io);
  const { positionals, flags } = parseArgs(argv, {
    talosconfig: { value: true },
    cluster: { value: true },
    context: { value: true },
    nodes: { value: true, multiple: true },
    recipient: { value: true, multiple: true, short: 'r' },
    stage: { value: true },
    out: { value: true, short: 'o' },
    'clusters-dir': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${IMPORT_HELP}\n`);
    return 0;
  }
  if (positionals.length > 0) {
    throw new TalosGitopsError(`import takes no argument ${JSON.stringify(positionals[0])}; see --help`);
  }
  const cluster = str(flags.cluster);
  if (!cluster) throw new TalosGitopsError('import needs --cluster NAME (the name of the cluster to import)');
  const recipients = requireRecipients(flags.recipient);
  const dir = clusterFolder(io, flags, cluster);

  const file = path.resolve(io.cwd, str(flags.talosconfig) ?? defaultTalosconfigPath(io.env));
  const talosconfig = await readTalosconfig(file);
  const contextName = str(flags.context) ?? (talosconfig.contexts[cluster] ? cluster : undefined);
  const context = resolveContext(talosconfig, contextName, file);
  const registry = new SecretRegistry();
  registry.addAll([context.keyPem, context.crtPem]);
  const say = (t: string) => io.out(registry.redact(t));
  const nodes = list(flags.nodes).flatMap((n) =>
    n
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const client = new TalosClient(context);
  try {
    const imported = await importLiveCluster({
      client,
      nodes: nodes.length > 0 ? nodes : context.nodes,
      cluster,
      stage: str(flags.stage) ?? 'default',
      recipients,
      registry,
    });
    writeFolder(dir, imported.files);
    say(`imported ${cluster}: ${imported.nodes.length} nodes, Talos ${imported.talosVersion}`);
    say(imported.kubernetesVersion ? `, Kubernetes ${imported.kubernetesVersion}\n` : '\n');
    say(`wrote ${path.relative(io.cwd, dir) || dir}/: ${describeFolder(imported.files)}\n`);
    say(`patch operations: ${imported.counts.cluster} shared by every node`);
    say(
      `, ${imported.counts.roles.controlplane} by the control planes, ${imported.counts.roles.worker} by the workers`,
    );
    say(`, ${Object.values(imported.counts.nodes).reduce((a, b) => a + b, 0)} node-specific`);
    say(imported.sharing === 'per-node' ? ' (kept per node: sharing changed the document order)\n' : '\n');
    say("render reproduces every node's live config byte for byte (checked before writing)\n");
    return 0;
  } catch (e) {
    throw new TalosGitopsError(registry.redact((e as Error).message ?? String(e)));
  } finally {
    client.close();
  }
}

export function requireRecipients(value: unknown): string[] {
  const recipients = list(value);
  if (recipients.length === 0) {
    throw new TalosGitopsError(
      'import needs at least one --recipient (an age public key, age1...): secrets are only ever written encrypted',
    );
  }
  return recipients;
}

/** OUT/clusters/NAME, refused when it exists already. */
export function clusterFolder(io: Io, flags: Record<string, unknown>, name: string): string {
  const dir = path.resolve(io.cwd, str(flags.out) ?? '.', str(flags['clusters-dir']) ?? 'clusters', name);
  if (existsSync(dir))
    throw new TalosGitopsError(`${dir} already exists; import never overwrites a cluster folder`);
  return dir;
}

/** Writes every file into a scratch folder next to DIR, then moves it into place: all or nothing. */
export function writeFolder(dir: string, files: Record<string, string>): void {
  mkdirSync(path.dirname(dir), { recursive: true });
  const scratch = mkdtempSync(path.join(path.dirname(dir), `.${path.basename(dir)}-`));
  try {
    for (const [rel, text] of Object.entries(files)) {
      const target = path.join(scratch, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: 'wx' });
    }
    renameSync(scratch, dir);
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    throw e;
  }
}

export function describeFolder(files: Record<string, string>): string {
  const names = Object.keys(files);
  const patches = names.filter((n) => n.startsWith('patches/'));
  const encrypted = patches.filter((n) => n.endsWith('.sops.yaml'));
  return `cluster.yaml, secrets.sops.yaml (encrypted), ${patches.length} patch files${
    encrypted.length ? ` (${encrypted.length} encrypted: they hold secret values)` : ''
  }`;
}
