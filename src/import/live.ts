/**
 * Importing a running cluster: every node's live machine config and Talos version, read over the Talos
 * API (Version and a COSI read of the machine config — nothing is changed on any node), become a cluster
 * folder whose render reproduces each config byte for byte. The secrets bundle is recovered from the
 * control planes (they must agree), checked like any bundle, and only ever written SOPS-encrypted.
 */
import YAML from 'yaml';
import { loadConfig } from '../config/patch.js';
import { TalosGitopsError } from '../errors.js';
import { recoverHostname, recoverInputs, recoverSecretsBundle } from '../generate/recover.js';
import { kubernetesVersionOf } from '../kinds/images.js';
import { type Contract, contractOf } from '../model/model.js';
import type { Role } from '../render/types.js';
import { parseSecretsBundle, secretValuesOf } from '../secrets/bundle.js';
import type { SecretRegistry } from '../secrets/registry.js';
import type { TalosClient } from '../talos/client.js';
import { parseConfigDocs } from './config-diff.js';
import { type ReproducedFolder, reproduceCluster, type WantedNode } from './reproduce.js';

export interface LiveImportOptions {
  client: TalosClient;
  /** Node addresses to read (the talosconfig context's nodes, or given). */
  nodes: string[];
  /** The cluster name the nodes must carry (their configs' cluster name). */
  cluster: string;
  stage: string;
  recipients: string[];
  registry: SecretRegistry;
  /** Concurrent reads; default 8. */
  concurrency?: number;
}

export interface LiveImport extends ReproducedFolder {
  talosVersion: string;
  kubernetesVersion?: string;
  nodes: Array<{ name: string; address: string; role: Role }>;
}

const NODE_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

interface LiveNode {
  address: string;
  tag: string;
  config: string;
}

async function readNodes(opts: LiveImportOptions): Promise<LiveNode[]> {
  const out: LiveNode[] = new Array(opts.nodes.length);
  let next = 0;
  const worker = async () => {
    while (next < opts.nodes.length) {
      const i = next++;
      const address = opts.nodes[i]!;
      const [version, config] = await Promise.all([
        opts.client.version(address),
        opts.client.getMachineConfig(address),
      ]);
      out[i] = { address, tag: version.tag, config };
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, opts.nodes.length) }, worker));
  return out;
}

export async function importLiveCluster(opts: LiveImportOptions): Promise<LiveImport> {
  if (opts.nodes.length === 0) {
    throw new TalosGitopsError('no nodes to read: list them in the talosconfig context or with --nodes');
  }
  if (new Set(opts.nodes).size !== opts.nodes.length) throw new TalosGitopsError('a node is listed twice');
  const live = await readNodes(opts);
  const described = live.map((n) => {
    const source = `node ${n.address}`;
    if (n.config.trim() === '') throw new TalosGitopsError(`${source} returned no machine config`);
    const docs = parseConfigDocs(n.config, source);
    const bodies = docs.map((d) => d.body);
    const inputs = recoverInputs(bodies, source);
    const hostname = recoverHostname(bodies);
    return { ...n, docs: bodies, inputs, name: hostname && NODE_NAME.test(hostname) ? hostname : n.address };
  });

  const mismatch = described.filter((n) => n.inputs.clusterName !== opts.cluster);
  if (mismatch.length > 0) {
    throw new TalosGitopsError(
      `these nodes belong to another cluster than ${JSON.stringify(opts.cluster)}: ${mismatch
        .map((n) => `${n.address} (${JSON.stringify(n.inputs.clusterName)})`)
        .join(', ')}`,
    );
  }
  const endpoints = new Set(described.map((n) => n.inputs.endpoint));
  if (endpoints.size > 1) {
    throw new TalosGitopsError(`the nodes name different cluster endpoints: ${[...endpoints].join(', ')}`);
  }
  const versions = new Set(described.map((n) => n.tag));
  if (versions.size > 1) {
    throw new TalosGitopsError(
      `the nodes run different Talos versions (${described.map((n) => `${n.address} ${n.tag}`).join(', ')}): ` +
        'finish the upgrade, then import',
    );
  }
  const controlPlanes = described.filter((n) => n.inputs.role === 'controlplane');
  if (controlPlanes.length === 0) {
    throw new TalosGitopsError(
      'no control plane among the nodes: the secrets bundle is read from a control plane',
    );
  }
  const bundles = controlPlanes.map((n) => YAML.stringify(recoverSecretsBundle(n.docs, `node ${n.address}`)));
  if (bundles.some((b) => b !== bundles[0])) {
    throw new TalosGitopsError(
      'the control planes carry different cluster secrets: they are not one cluster',
    );
  }
  const bundleYaml = bundles[0]!;
  const bundle = parseSecretsBundle(
    YAML.parse(bundleYaml),
    `the secrets of node ${controlPlanes[0]!.address}`,
  );
  opts.registry.addAll(secretValuesOf(bundle));

  const names = new Map<string, string>();
  for (const n of described) {
    const other = names.get(n.name);
    if (other) throw new TalosGitopsError(`nodes ${other} and ${n.address} have the same hostname ${n.name}`);
    names.set(n.name, n.address);
  }
  const talosVersion = [...versions][0]!;
  const contract = contractOf(talosVersion) as Contract | undefined;
  if (!contract)
    throw new TalosGitopsError(`Talos ${talosVersion} is outside the supported contracts 1.10 to 1.14`);
  const first = controlPlanes[0]!;
  const kubernetesVersion = kubernetesVersionOf(loadConfig(first.config, `node ${first.address}`, contract));
  const nodes: WantedNode[] = described.map((n) => ({
    name: n.name,
    address: n.address,
    role: n.inputs.role,
    config: n.config,
  }));
  const folder = await reproduceCluster({
    cluster: {
      name: opts.cluster,
      stage: opts.stage,
      talosVersion,
      kubernetesVersion,
      endpoint: [...endpoints][0]!,
    },
    bundleYaml,
    nodes,
    recipients: opts.recipients,
    registry: opts.registry,
    header: [
      `Imported from the running cluster (${nodes.length} nodes, Talos ${talosVersion}) by talos-gitops import.`,
    ],
  });
  return {
    ...folder,
    talosVersion,
    kubernetesVersion,
    nodes: nodes.map(({ name, address, role }) => ({ name, address, role })),
  };
}
