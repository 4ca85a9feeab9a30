/**
 * `talos-gitops import talhelper`: talhelper projects become cluster folders whose render is what
 * `talhelper genconfig` generates — checked against the values talhelper's own tests expect, against
 * talhelper's golden files for the documents it adds (from its repository, when a copy sits beside the
 * project), and on talhelper's own example project. Secrets stay encrypted and out of every output.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runCli } from '../src/cli/main.js';
import { mergeDocuments, talhelperDocuments } from '../src/import/talhelper/node-config.js';
import { EMPTY_SCHEMATIC_ID } from '../src/schematic/index.js';
import { loadAgeIdentities } from '../src/secrets/age-identities.js';
import { parseSecretsBundle, secretValuesOf } from '../src/secrets/bundle.js';
import { decryptSopsFile } from '../src/secrets/sops.js';
import { captureIo } from './helpers/io.js';
import { PROJECT } from './helpers/repo.js';

/** A rendered document, as YAML reads it. */
// biome-ignore lint/suspicious/noExplicitAny: rendered documents are read field by field
type Doc = Record<string, any>;

const FIXTURES = path.join(PROJECT, 'test/fixtures/talhelper');
const KEY = path.join(FIXTURES, 'age-key.txt');
const TALHELPER = path.join(PROJECT, '..', '.mirror', 'budimanjojo+talhelper', 'repo');
const HAS_TALHELPER = existsSync(TALHELPER);
const dirs: string[] = [];
const outputs: string[] = [];

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function scratch(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'talos-gitops-talhelper-'));
  dirs.push(d);
  return d;
}

async function cli(args: string[], cwd: string, env: Record<string, string> = { SOPS_AGE_KEY_FILE: KEY }) {
  const io = captureIo(cwd, env);
  const code = await runCli(args, io);
  outputs.push(io.stdout, io.stderr);
  return { code, out: io.stdout, err: io.stderr };
}

/** Imports a project and renders the result; returns each node's rendered documents. */
async function importAndRender(project: string, extra: string[] = [], env?: Record<string, string>) {
  const out = scratch();
  const imported = await cli(
    ['import', 'talhelper', path.join(project, 'talconfig.yaml'), '--out', out, ...extra],
    out,
    env,
  );
  if (imported.code !== 0) throw new Error(imported.err);
  const rendered = path.join(out, 'rendered');
  const r = await cli(['render', '--repo', out, '--out', rendered], out, env);
  if (r.code !== 0) throw new Error(r.err);
  const cluster = readdirSync(path.join(out, 'clusters'))[0]!;
  const nodes: Record<string, Array<Doc>> = {};
  for (const f of readdirSync(path.join(rendered, cluster))) {
    nodes[f.replace(/\.yaml$/, '')] = YAML.parseAllDocuments(
      readFileSync(path.join(rendered, cluster, f), 'utf8'),
    ).map((d) => d.toJS());
  }
  return { out, dir: path.join(out, 'clusters', cluster), nodes, report: imported.out };
}

const v1 = (docs: Array<Doc>) => docs.find((d) => d.version === 'v1alpha1')!;
const kind = (docs: Array<Doc>, k: string, name?: string) =>
  docs.find((d) => d.kind === k && (name === undefined || d.name === name));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe("import talhelper: talhelper's node-generation test case (Talos 1.11)", async () => {
  const r = await importAndRender(path.join(FIXTURES, 'legacy-1-11'));
  const cp = v1(r.nodes['old-cp-1']!);
  const w = v1(r.nodes['old-w-1']!);

  it('sets what talhelper sets on a control plane', () => {
    expect(cp.machine.type).toBe('controlplane');
    expect(cp.machine.network.hostname).toBe('old-cp-1');
    expect(cp.machine.install.disk).toBe('/dev/sda');
    expect(cp.machine.network.disableSearchDomain).toBe(true);
    expect(cp.machine.files).toEqual([
      {
        content: 'TS_AUTHKEY=not-a-real-key',
        permissions: 0o644,
        path: '/var/etc/tailscale/auth.env',
        op: 'create',
      },
    ]);
    expect(cp.machine.network.interfaces).toEqual([
      // Talos prints a bond's interfaces and mode even when empty, as talhelper's output does
      {
        interface: 'eth0',
        bond: { interfaces: [], deviceSelectors: [{ hardwareAddr: '00:50:56:*' }], mode: '' },
      },
    ]);
    expect(cp.machine.kernel).toEqual({
      modules: [{ name: 'br_netfilter', parameters: ['nf_conntrack_max=131072'] }],
    });
    // the ID talhelper's test expects for this schematic, at this release
    expect(cp.machine.install.image).toBe(
      'factory.talos.dev/metal-installer/647a0a54bff662aa12051bc0312097f29d3562107d8e6a8e87ab85b643e25bc0:v1.11.6',
    );
    expect(cp.machine.install.extraKernelArgs).toEqual(['hello', 'hihi']);
  });

  it('sets what talhelper sets on a worker, templates rendered against the config', () => {
    expect(w.machine.type).toBe('worker');
    expect(w.machine.install.diskSelector).toEqual({
      size: '4GB',
      model: 'WDC*',
      busPath: '/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0',
    });
    expect(w.machine.disks).toEqual([
      {
        device: '/dev/disk/by-id/ata-CT500MX500SSD1_2149E5EC1D9D',
        partitions: [{ mountpoint: '/var/mnt/sata' }],
      },
    ]);
    const image =
      'factory.talos.dev/installer/e9c7ef96884d4fbc8c0a1304ccca4bb0287d766a8b4125997cb9dbe84262144e:v1.11.6';
    expect(w.machine.install.image).toBe(image);
    expect(w.machine.nodeLabels).toEqual({
      rack: 'rack1a',
      zone: 'us-east-1a',
      isSecureBootEnabled: 'false',
    });
    expect(w.machine.nodeAnnotations).toEqual({ rack: 'rack1a', installerUrl: image });
    expect(w.machine.network.nameservers).toEqual(['1.1.1.1', '8.8.8.8']);
  });

  it('leaves out what talhelper leaves out: install disk default, discovery', () => {
    expect(w.machine.install.disk).toBeUndefined();
    expect(cp.cluster.discovery).toBeUndefined();
  });

  it('keeps the secrets file byte for byte and the schematic in cluster.yaml', () => {
    const kept = readFileSync(path.join(r.dir, 'secrets.sops.yaml'), 'utf8');
    expect(kept).toBe(readFileSync(path.join(FIXTURES, 'legacy-1-11/talsecret.sops.yaml'), 'utf8'));
    const spec = YAML.parse(readFileSync(path.join(r.dir, 'cluster.yaml'), 'utf8'));
    const cpEntry = spec.nodes.find((n: { name: string }) => n.name === 'old-cp-1');
    expect(cpEntry.schematic.customization.systemExtensions.officialExtensions).toEqual([
      'siderolabs/amd-ucode',
      'siderolabs/nvidia-fabricmanager',
    ]);
    expect(r.report).toContain("secrets.sops.yaml is talhelper's secrets file, byte for byte");
    expect(r.report).toContain('Everything talhelper generates for these nodes was carried over.');
  });
});

describe('import talhelper: a home lab on Talos 1.12', async () => {
  const r = await importAndRender(path.join(FIXTURES, 'home-lab'));
  const cp = r.nodes['lab-cp-1']!;
  const w1 = r.nodes['lab-w-1']!;
  const w2 = r.nodes['lab-w-2']!;

  it("generates with talhelper's inputs: env values, subnets, SANs, scheduling on control planes", () => {
    const c = v1(cp).cluster;
    expect(c.network.dnsDomain).toBe('lab.internal');
    expect(c.network.podSubnets).toEqual(['10.200.0.0/16']);
    expect(c.network.serviceSubnets).toEqual(['10.201.0.0/16']);
    expect(c.network.cni).toEqual({ name: 'custom', urls: ['https://example.com/cni/install.yaml'] });
    expect(c.apiServer.certSANs).toEqual(['k8s.lab.internal']);
    expect(c.allowSchedulingOnControlPlanes).toBe(true);
    expect(v1(cp).machine.certSANs).toEqual(['192.168.50.10']);
    expect(v1(w2).machine.certSANs).toEqual(['192.168.50.10', 'lab-w-2.lab.internal']);
  });

  it("adds talhelper's documents for Talos 1.12: hostname, resolver, firewall, services, volumes", () => {
    expect(kind(cp, 'HostnameConfig')).toEqual({
      apiVersion: 'v1alpha1',
      kind: 'HostnameConfig',
      auto: 'off',
      hostname: 'lab-cp-1',
    });
    expect(kind(cp, 'ResolverConfig')).toMatchObject({
      nameservers: [{ address: '192.168.50.1' }, { address: '9.9.9.9' }],
      searchDomains: { disableDefault: true },
    });
    expect(kind(cp, 'NetworkDefaultActionConfig')).toMatchObject({ ingress: 'block' });
    expect(kind(cp, 'NetworkRuleConfig', 'kubelet')).toMatchObject({
      portSelector: { ports: [10250], protocol: 'tcp' },
    });
    expect(kind(cp, 'ExtensionServiceConfig', 'nut-client')!.configFiles[0].content).toContain(
      'monuser correct-horse',
    );
    expect(kind(cp, 'UserVolumeConfig', 'scratch')).toMatchObject({ filesystem: { type: 'xfs' } });
    expect(kind(cp, 'VolumeConfig', 'EPHEMERAL')).toMatchObject({ provisioning: { maxSize: '60GiB' } });
    // the global patch from a file reaches every node
    for (const n of [cp, w1, w2]) expect(kind(n, 'UserVolumeConfig', 'data')).toBeDefined();
  });

  it("applies talhelper's patches: global, role, then node", () => {
    expect(v1(cp).machine.env).toEqual({ GODEBUG: 'madvdontneed=1' });
    expect(v1(cp).machine.kubelet.extraArgs).toEqual({ 'rotate-server-certificates': 'true' });
    expect(v1(w1).machine.kubelet.extraArgs).toEqual({
      'rotate-server-certificates': 'true',
      'max-pods': '180',
    });
    expect(v1(w1).machine.nodeLabels['lab.example.com/pool']).toBe('general');
    expect(v1(w2).machine.nodeLabels?.['lab.example.com/pool']).toBeUndefined();
  });

  it('replaces the generated labels like talhelper, renders templates, reads @files', () => {
    const m = v1(cp).machine;
    const image = `factory.talos.dev/metal-installer/${m.install.image.split('/')[2].split(':')[0]}:v1.12.11`;
    expect(m.install.image).toBe(image);
    expect(m.install.image).not.toContain(EMPTY_SCHEMATIC_ID);
    // talhelper assigns the labels: the generated exclude-from-external-load-balancers label is gone
    expect(m.nodeLabels).toEqual({
      'topology.kubernetes.io/zone': 'shelf-a',
      'lab.example.com/installer': 'false',
    });
    expect(m.nodeAnnotations).toEqual({ 'lab.example.com/installer-image': image });
    expect(m.nodeTaints).toEqual({ 'lab.example.com/dedicated': 'infra:NoSchedule' });
    expect(m.files.map((f: { path: string }) => f.path)).toEqual(['/var/etc/lab/env', '/var/etc/lab/motd']);
    expect(m.files[1].content).toBe('Welcome to the lab.\n');
    expect(m.install.diskSelector).toEqual({ size: '>= 100GB', model: 'Samsung*' });
    expect(v1(w1).machine.install.disk).toBe('/dev/sda');
  });

  it('the workers take the role schematic, the control plane its own', () => {
    const spec = YAML.parse(readFileSync(path.join(r.dir, 'cluster.yaml'), 'utf8'));
    expect(spec.worker.schematic.customization.systemExtensions.officialExtensions).toEqual([
      'siderolabs/intel-ucode',
    ]);
    expect(spec.nodes[0].schematic.customization.systemExtensions.officialExtensions).toContain(
      'siderolabs/nut-client',
    );
    expect(v1(w1).machine.install.image).toBe(v1(w2).machine.install.image);
    expect(v1(w1).machine.install.image).not.toBe(v1(cp).machine.install.image);
  });

  it('writes values from the encrypted env file only encrypted', async () => {
    const ids = await loadAgeIdentities({ env: { SOPS_AGE_KEY_FILE: KEY } });
    const bundleFile = path.join(FIXTURES, 'home-lab/talsecret.sops.yaml');
    const bundle = await decryptSopsFile(readFileSync(bundleFile, 'utf8'), bundleFile, ids);
    const secrets = [
      ...secretValuesOf(parseSecretsBundle(bundle.values[0], bundleFile)),
      'correct-horse-battery',
    ];
    for (const file of walk(r.dir)) {
      const text = readFileSync(file, 'utf8');
      expect(
        secrets.find((s) => text.includes(s)),
        file,
      ).toBeUndefined();
    }
    expect(walk(r.dir).some((f) => f.endsWith('.secrets.sops.yaml'))).toBe(true);
    for (const out of outputs) expect(secrets.find((s) => out.includes(s))).toBeUndefined();
  });

  it('re-encrypts the bundle to the given recipients when asked', async () => {
    const again = await importAndRender(path.join(FIXTURES, 'home-lab'), [
      '--recipient',
      'age1gj5kg9vfhntkxaav99unznljr2v9lzs0ptthsk4um4wecp9363kscwd42j',
      '--recipient',
      readFileSync(KEY, 'utf8').match(/public key: (age1\S+)/)![1]!,
    ]);
    const sops = YAML.parse(readFileSync(path.join(again.dir, 'secrets.sops.yaml'), 'utf8')).sops;
    expect(sops.age).toHaveLength(2);
    expect(again.report).toContain('re-encrypted to the given recipients');
    expect(again.nodes['lab-cp-1']).toEqual(cp);
  });
});

describe.runIf(HAS_TALHELPER)("talhelper's own files", () => {
  /** talhelper's golden tests of the documents it adds (pkg/talos/testdata/node*_{basecfg,input,expected}). */
  for (const [name, contract] of [
    ['node1', '1.11'],
    ['node2', '1.11'],
    ['node3', '1.12'],
    ['node4', '1.11'],
  ] as const) {
    it(`${name}: the documents merged into the base config are byte for byte talhelper's`, () => {
      const show = (f: string) =>
        execFileSync('git', ['--git-dir', TALHELPER, 'show', `HEAD:pkg/talos/testdata/${name}_${f}.yaml`], {
          encoding: 'utf8',
        });
      const input = YAML.parse(show('input')) as Record<string, unknown>;
      const merged = mergeDocuments(
        show('basecfg'),
        talhelperDocuments(input, String(input.hostname ?? ''), contract !== '1.11'),
        contract,
        name,
      );
      expect(merged).toBe(show('expected'));
    });
  }

  it("talhelper's example project imports, listing what it cannot carry over", async () => {
    const dir = scratch();
    execFileSync('sh', ['-c', `git --git-dir '${TALHELPER}' archive HEAD example | tar -x -C '${dir}'`]);
    const example = path.join(dir, 'example');
    cpSync(path.join(example, 'talsecret.yaml'), path.join(example, 'talsecret.sops.yaml'));
    rmSync(path.join(example, 'talsecret.yaml'));
    const env = { SOPS_AGE_KEY_FILE: path.join(example, 'key.txt') };
    const r = await importAndRender(example, ['--env-file', path.join(example, 'talenv.yaml')], env);
    expect(r.report).toContain('imported home-cluster from');
    expect(r.report).toContain('NOT carried over');
    expect(r.report).toContain('kmaster1: networkInterfaces');
    const master = v1(r.nodes.kmaster1!);
    expect(master.machine.install.image).toMatch(
      /^factory\.talos\.dev\/metal-installer-secureboot\/[0-9a-f]{64}:v1\.12\.0$/,
    );
    expect(master.machine.nodeLabels.isSecureBootEnabled).toBe('true');
    expect(master.cluster.allowSchedulingOnControlPlanes).toBe(true);
    const worker = r.nodes.kworker1!;
    expect(v1(worker).machine.install.disk).toBe('/dev/sdb');
    expect(kind(worker, 'UserVolumeConfig', 'sata2')).toBeDefined();
  });
});
