/**
 * Checks generation against Talos's own golden outputs: the config-encoding stability test data in
 * siderolabs/talos (`pkg/machinery/config/types/v1alpha1/testdata/stability/<contract>/`), read straight
 * from a git clone of Talos at each release tag, compared as parsed values (key order aside).
 *
 * Point TALOS_SOURCE_GIT at a clone of github.com/siderolabs/talos that has the tags below; by default a
 * mirror next to the project is used. Without one, these tests are skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { type Document, generateBaseConfig, type MachineRole } from '../src/generate/index.js';
import { parseSecretsBundle, SecretsBundleError } from '../src/secrets/bundle.js';
import type { Loose } from './fixtures/generate/bundles.js';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const TALOS_GIT =
  process.env.TALOS_SOURCE_GIT ?? join(projectRoot, '..', '.mirror', 'siderolabs+talos', 'repo');

/** The release whose `talosctl` produced each contract's golden files. */
const RELEASE_OF_CONTRACT: Record<string, string> = {
  'v1.10': 'v1.10.9',
  'v1.11': 'v1.11.6',
  'v1.12': 'v1.12.11',
  'v1.13': 'v1.13.9',
  'v1.14': 'v1.14.0-rc.1',
};
const STABILITY = 'pkg/machinery/config/types/v1alpha1/testdata/stability';

function show(tag: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['-C', TALOS_GIT, 'show', `${tag}:${path}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

const available =
  existsSync(TALOS_GIT) &&
  Object.values(RELEASE_OF_CONTRACT).every((tag) => show(tag, `${STABILITY}/secrets.yaml`));

function golden(contract: string, flavor: 'base' | 'overrides', role: MachineRole): Document[] {
  const text = show(RELEASE_OF_CONTRACT[contract]!, `${STABILITY}/${contract}/${flavor}-${role}.yaml`);
  if (text === undefined) throw new Error(`no golden file for ${contract} ${flavor} ${role}`);
  return parseAllDocuments(text).map((d) => d.toJS());
}

/** The golden inputs: cluster "base", endpoint https://base:6443, Kubernetes 1.28.0, no install disk/image. */
function generateLikeGolden(contract: string, role: MachineRole, extra: object = {}): Document[] {
  const tag = RELEASE_OF_CONTRACT[contract]!;
  const bundle = parseSecretsBundle(parse(show(tag, `${STABILITY}/secrets.yaml`)!), 'stability/secrets.yaml');
  const docs = generateBaseConfig({
    bundle,
    clusterName: 'base',
    endpoint: 'https://base:6443',
    talosVersion: tag,
    kubernetesVersion: '1.28.0',
    role,
    installDisk: '',
    installImage: '',
    ...extra,
  });
  return JSON.parse(JSON.stringify(docs));
}

/**
 * The "overrides" golden also uses generator options talosctl gen config has no flag for (sysctls,
 * extra kernel args, local API server port, scheduling on control planes, custom CNI) plus a patch.
 * Those parts are removed on both sides; everything else must match.
 */
function withoutUnsupported(docs: Document[], ours: boolean): Document[] {
  const out = structuredClone(docs).filter(
    (d) =>
      !['SysctlConfig', 'KubeExternalManifestConfig'].includes(d.kind as string) &&
      !(ours && d.kind === 'KubeFlannelCNIConfig'),
  ) as Loose[];
  const [v1] = out;
  delete v1.machine.sysctls;
  delete v1.machine.install?.extraKernelArgs;
  delete v1.machine.kubelet?.extraMounts;
  delete v1.cluster.controlPlane?.localAPIServerPort;
  delete v1.cluster.network?.cni;
  delete v1.cluster.allowSchedulingOnControlPlanes;
  for (const d of out) {
    if (d.kind === 'KubeletConfig') delete d.clusterDNS;
    if (d.kind === 'KubeAPIServerConfig') delete d.apiPort;
    if (d.kind === 'KubeNodeConfig') delete d.taints;
  }
  return out;
}

describe.skipIf(!available)('against Talos golden gen-config output', () => {
  describe.each(Object.keys(RELEASE_OF_CONTRACT))('contract %s', (contract) => {
    it.each(['controlplane', 'worker'] as const)('base %s matches exactly', (role) => {
      expect(generateLikeGolden(contract, role)).toEqual(golden(contract, 'base', role));
    });

    it.each(['controlplane', 'worker'] as const)('overrides %s matches on the options we share', (role) => {
      const ours = generateLikeGolden(contract, role, {
        additionalSANs: ['foo', 'bar'],
        dnsDomain: 'example.com',
        installDisk: '/dev/vda',
        registryMirrors: { 'ghcr.io': ['https://ghcr.io.my-mirror.com'] },
      });
      expect(withoutUnsupported(ours, true)).toEqual(
        withoutUnsupported(golden(contract, 'overrides', role), false),
      );
    });
  });

  it("reports Talos's own invalid test bundle with Talos's six messages", () => {
    const text = show('v1.14.0-rc.1', 'pkg/machinery/config/generate/secrets/testdata/invalid-secrets.yaml')!;
    try {
      parseSecretsBundle(parse(text), 'invalid-secrets.yaml');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SecretsBundleError);
      expect((err as SecretsBundleError).issues.map((i) => i.message)).toEqual([
        'cluster.secret is required',
        'one of [secrets.secretboxencryptionsecret, secrets.aescbcencryptionsecret] is required',
        'trustdinfo is required',
        'certs.etcd is invalid: failed to parse PEM block',
        'certs.k8saggregator is required',
        'certs.os is invalid: unsupported key type: "CERTIFICATE"',
      ]);
    }
  });
});
