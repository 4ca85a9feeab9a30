/**
 * A synthetic fleet for benchmarks: N clusters × M nodes in memory, every cluster generated from an
 * encrypted secrets bundle with shared, role and per-node patches, as a real repository would be.
 */
import { generateIdentity, identityToRecipient } from 'age-encryption';
import YAML from 'yaml';
import { parseAgeIdentities } from '../src/secrets/age-identities.js';
import { generateSecretsBundle } from '../src/secrets/gen-secrets.js';
import { encryptSopsYaml } from '../src/secrets/sops-encrypt.js';

export interface SyntheticFleet {
  files: Record<string, string>;
  identityText: string;
}

export async function syntheticFleet(
  clusters: number,
  nodesPerCluster: number,
  controlPlanes = 3,
): Promise<SyntheticFleet> {
  const identity = await generateIdentity();
  const recipient = await identityToRecipient(identity);
  const bundle = await encryptSopsYaml(YAML.stringify(await generateSecretsBundle()), {
    recipients: [recipient],
  });
  const files: Record<string, string> = {
    'clusters/shared/all.yaml': [
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
    const name = `c${String(c).padStart(3, '0')}`;
    const nodes: string[] = [];
    for (let n = 0; n < nodesPerCluster; n++) {
      const role = n < controlPlanes ? 'controlplane' : 'worker';
      const node = `${name}-n${String(n).padStart(2, '0')}`;
      const ip = `10.${c % 250}.${Math.floor(c / 250)}.${n + 10}`;
      nodes.push(
        `  - name: ${node}\n    address: ${ip}\n    role: ${role}\n    patches: [nodes/${node}.yaml]`,
      );
      files[`clusters/${name}/nodes/${node}.yaml`] =
        `apiVersion: v1alpha1\nkind: HostnameConfig\nauto:\n  $patch: delete\nhostname: ${node}\n---\napiVersion: v1alpha1\nkind: LinkConfig\nname: eth0\naddresses:\n  - address: ${ip}/24\n`;
    }
    files[`clusters/${name}/secrets.sops.yaml`] = bundle;
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

export async function fleetIdentities(f: SyntheticFleet) {
  return parseAgeIdentities(f.identityText, 'bench key');
}
