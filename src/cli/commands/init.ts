/**
 * `talos-gitops init NAME --recipient age1...`: the one explicit way to create secrets — a new cluster
 * folder with a fresh secrets bundle encrypted to the given age recipients. It never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { TalosGitopsError } from '../../errors.js';
import { contractForVersion } from '../../model/model.js';
import { generateSecretsBundle } from '../../secrets/gen-secrets.js';
import { encryptSopsYaml } from '../../secrets/sops-encrypt.js';
import { list, parseArgs, str } from '../args.js';
import type { Io } from '../io.js';

export const INIT_HELP = `Usage: talos-gitops init NAME --recipient AGE_RECIPIENT... [--repo DIR] [--clusters-dir DIR]
                         [--talos-version V] [--endpoint URL] [--stage STAGE]

Creates clusters/NAME/ with a fresh Talos secrets bundle (secrets.sops.yaml, SOPS+age encrypted to every
--recipient) and a starter cluster.yaml. Refuses to touch an existing folder: secrets are never replaced.`;

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    recipient: { value: true, multiple: true, short: 'r' },
    repo: { value: true },
    'clusters-dir': { value: true },
    'talos-version': { value: true },
    endpoint: { value: true },
    stage: { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${INIT_HELP}\n`);
    return 0;
  }
  const name = positionals[0];
  if (!name || positionals.length !== 1 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) {
    throw new TalosGitopsError('init takes one cluster NAME (lower-case letters, digits, dashes)');
  }
  const recipients = list(flags.recipient);
  if (recipients.length === 0)
    throw new TalosGitopsError('init needs at least one --recipient (an age public key, age1...)');
  const talosVersion = str(flags['talos-version']) ?? 'v1.13.9';
  if (!contractForVersion(talosVersion))
    throw new TalosGitopsError(`unsupported --talos-version ${talosVersion} (1.10 or newer)`);
  const endpoint = str(flags.endpoint) ?? 'https://10.0.0.100:6443';
  const dir = path.resolve(io.cwd, str(flags.repo) ?? '.', str(flags['clusters-dir']) ?? 'clusters', name);
  if (existsSync(dir))
    throw new TalosGitopsError(`${dir} already exists; init never overwrites a cluster or its secrets`);

  const bundle = await generateSecretsBundle();
  const encrypted = await encryptSopsYaml(YAML.stringify(bundle), { recipients });
  const clusterYaml = `# yaml-language-server: $schema=../../schemas/cluster.schema.json
name: ${name}
stage: ${str(flags.stage) ?? 'staging'}
talosVersion: ${talosVersion}
endpoint: ${endpoint}
secrets: secrets.sops.yaml
patches: []
nodes:
  - name: ${name}-cp-1
    address: 10.0.0.10
    role: controlplane
`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'secrets.sops.yaml'), encrypted, { flag: 'wx' });
  writeFileSync(path.join(dir, 'cluster.yaml'), clusterYaml, { flag: 'wx' });
  io.out(
    `created ${path.relative(io.cwd, dir) || dir}/ (secrets.sops.yaml encrypted for ${recipients.length} recipient(s), cluster.yaml)\n`,
  );
  return 0;
}
