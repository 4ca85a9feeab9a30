/**
 * A synthetic fleet for benchmarks: N clusters × M nodes, every cluster generated from an encrypted
 * secrets bundle with shared, role and per-node patches, as a real repository would be. Real fleets
 * hold one bundle per cluster (the default); `bundles: 'shared'` gives every cluster the same one, to
 * show what per-cluster secrets cost.
 */
import YAML from 'yaml';
import { generateSecretsBundle } from '../src/secrets/gen-secrets.js';
import { encryptSopsYaml } from '../src/secrets/sops-encrypt.js';
import { cachedAgeIdentity, cachedBundles } from './bundle-cache.js';

export interface SyntheticFleet {
  files: Record<string, string>;
  identityText: string;
}

export interface SyntheticFleetOptions {
  controlPlanes?: number;
  /** One bundle per cluster (default), or one bundle for all. */
  bundles?: 'per-cluster' | 'shared';
  /** Folder caching generated bundles across runs (4096-bit RSA keys take a second each). */
  cacheDir?: string;
}

export const SHARED_PATCH = 'clusters/shared/all.yaml';

export function clusterName(c: number): string {
  return `c${String(c).padStart(3, '0')}`;
}

export function nodeName(c: number, n: number): string {
  return `${clusterName(c)}-n${String(n).padStart(2, '0')}`;
}

export async function syntheticFleet(
  clusters: number,
  nodesPerCluster: number,
  opts: SyntheticFleetOptions = {},
): Promise<SyntheticFleet> {
  const controlPlanes = opts.controlPlanes ?? 3;
  const { identity, recipient } = await cachedAgeIdentity(opts.cacheDir);
  const count = opts.bundles === 'shared' ? 1 : clusters;
  const bundles = await cachedBundles(count, opts.cacheDir, async () =>
    encryptSopsYaml(YAML.stringify(await generateSecretsBundle()), { recipients: [recipient] }),
  );
  const files: Record<string, string> = {
    'README.md': '# clusters\n\nA synthetic fleet for the benchmark.\n',
    [SHARED_PATCH]: [
      'machine:',
      '  install:',
      '    image: ghcr.io/siderolabs/installer:v1.13.9',
      '  kubelet:',
      '    extraArgs:',
      '      rotate-server-certificates: "true"',
      '  sysctls:',
      '    net.core.somaxconn: "65535"',
      '---',
      'apiVersion: v1alpha1',
      'kind: TimeSyncConfig',
      'ntp:',
      '  servers: [time.cloudflare.com]',
      '',
    ].join('\n'),
    'clusters/shared/cp.yaml': 'cluster:\n  etcd:\n    extraArgs:\n      quota-backend-bytes: "8589934592"\n',
    'clusters/shared/worker.yaml': 'machine:\n  nodeLabels:\n    node-role.kubernetes.io/worker: ""\n',
  };
  for (let c = 0; c < clusters; c++) {
    const name = clusterName(c);
    const nodes: string[] = [];
    for (let n = 0; n < nodesPerCluster; n++) {
      const role = n < controlPlanes ? 'controlplane' : 'worker';
      const node = nodeName(c, n);
      const ip = `10.${c % 250}.${Math.floor(c / 250)}.${n + 10}`;
      nodes.push(
        `  - name: ${node}\n    address: ${ip}\n    role: ${role}\n    patches: [nodes/${node}.yaml]`,
      );
      files[`clusters/${name}/nodes/${node}.yaml`] =
        `apiVersion: v1alpha1\nkind: HostnameConfig\nauto:\n  $patch: delete\nhostname: ${node}\n---\napiVersion: v1alpha1\nkind: LinkConfig\nname: eth0\naddresses:\n  - address: ${ip}/24\n`;
    }
    files[`clusters/${name}/secrets.sops.yaml`] = bundles[c % count]!;
    files[`clusters/${name}/cluster.yaml`] = [
      `name: ${name}`,
      `stage: ${c % 2 ? 'production' : 'staging'}`,
      'talosVersion: v1.13.9',
      'kubernetesVersion: v1.36.3',
      `endpoint: https://10.${c % 250}.${Math.floor(c / 250)}.10:6443`,
      'secrets: secrets.sops.yaml',
      'patches: [../shared/all.yaml]',
      'controlplane: {patches: [../shared/cp.yaml]}',
      'worker: {patches: [../shared/worker.yaml]}',
      'nodes:',
      ...nodes,
      '',
    ].join('\n');
  }
  return { files, identityText: identity };
}

/** The three changes the plan is measured on: every node, one node, no node. */
export function fleetChanges(fleet: SyntheticFleet): Record<'all' | 'one' | 'none', Record<string, string>> {
  const nodeFiles = Object.keys(fleet.files).filter((f) => f.startsWith(`clusters/${clusterName(0)}/nodes/`));
  const node = nodeFiles.sort()[Math.min(7, nodeFiles.length - 1)]!;
  return {
    all: { [SHARED_PATCH]: fleet.files[SHARED_PATCH]!.replace('"65535"', '"32768"') },
    // a key of the node's LinkConfig document (the last one in its patch)
    one: { [node]: `${fleet.files[node]!}mtu: 9000\n` },
    // a file no cluster reads
    none: { 'README.md': `${fleet.files['README.md']!}\nEdited.\n` },
  };
}
