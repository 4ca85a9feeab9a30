/**
 * `talos-gitops import --talosconfig`: a simulated fleet runs configs that differ per node (hostnames,
 * addresses, labels, a WireGuard key on one worker, a key deleted on another, a generated list
 * replaced on a third) across four version contracts; each cluster is imported through the CLI into a new repository,
 * whose render reproduces every live config byte for byte, whose plan against the original repository
 * shows no change, and whose dry-run apply leaves every node as it is. Secrets are written only
 * encrypted, and no output shows one.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { type OverlayFleet, simulateOverlay } from '../bench/rollout-fleet.js';
import { runCli } from '../src/cli/main.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { writeTalosconfig } from '../src/talos/talosconfig.js';
import { captureIo } from './helpers/io.js';
import { DEMO_KEY_FILE, git, PROJECT } from './helpers/repo.js';

const DEMO_RECIPIENT = 'age1gj5kg9vfhntkxaav99unznljr2v9lzs0ptthsk4um4wecp9363kscwd42j';
const WG_KEY = 'kHyPQhUrSQ2tFKKyeqW9ZsW0Vh1x5zMx5Pj0t2iqzXI=';

function extraCluster(name: string, talosVersion: string, subnet: number, hostname: (n: string) => string) {
  const nodes = [
    [`${name}-cp-1`, 'controlplane', 11],
    [`${name}-w-1`, 'worker', 21],
    [`${name}-w-2`, 'worker', 22],
  ] as const;
  return [
    `name: ${name}`,
    `stage: ${name}`,
    `talosVersion: ${talosVersion}`,
    `endpoint: https://10.9.${subnet}.10:6443`,
    'secrets: ../production/secrets.sops.yaml',
    // from 1.14 the kubelet settings are Kube* documents: v1alpha1's kubelet section conflicts with them
    talosVersion.startsWith('v1.14')
      ? 'patches: [../shared/patches/sysctls.yaml]'
      : 'patches: [../shared/patches/kubelet.yaml, ../shared/patches/sysctls.yaml]',
    'nodes:',
    ...nodes.flatMap(([n, role, host]) => [
      `  - name: ${n}`,
      `    address: 10.9.${subnet}.${host}`,
      `    role: ${role}`,
      `    patches: [${hostname(n)}]`,
    ]),
    '',
  ].join('\n');
}

/** Live configs that differ per node in ways a plain merge of a diff cannot express. */
function overrides(): Record<string, string> {
  const prod = readFileSync(path.join(PROJECT, 'clusters/production/cluster.yaml'), 'utf8');
  const w2 = readFileSync(path.join(PROJECT, 'clusters/production/patches/nodes/prod-w-2.yaml'), 'utf8');
  return {
    'clusters/production/cluster.yaml': prod
      .replace(
        '    patches: [patches/nodes/prod-w-1.yaml]',
        [
          '    patches:',
          '      - patches/nodes/prod-w-1.yaml',
          '      - { cluster: { network: { podSubnets: { $patch: delete } } } }',
          '      - { cluster: { network: { podSubnets: [10.32.0.0/16] } } }',
        ].join('\n'),
      )
      .replace(
        '    patches: [patches/nodes/prod-w-3.yaml]',
        '    patches: [patches/nodes/prod-w-3.yaml, { machine: { kubelet: { defaultRuntimeSeccompProfileEnabled: { $patch: delete } } } }]',
      ),
    'clusters/production/patches/nodes/prod-w-2.yaml': `${w2.trimEnd()}\n---\napiVersion: v1alpha1\nkind: WireguardConfig\nname: wg0\nprivateKey: ${WG_KEY}\nlistenPort: 51820\n`,
    'clusters/edge/cluster.yaml': extraCluster(
      'edge',
      'v1.14.0-rc.1',
      14,
      (n) => `{ apiVersion: v1alpha1, kind: HostnameConfig, auto: { $patch: delete }, hostname: ${n} }`,
    ),
    'clusters/legacy/cluster.yaml': extraCluster(
      'legacy',
      'v1.11.6',
      11,
      (n) => `{ machine: { network: { hostname: ${n} } } }`,
    ),
  };
}

const CLUSTERS = ['staging', 'production', 'edge', 'legacy'];
const dirs: string[] = [];
let fleet: OverlayFleet;
let talosconfig: string;
let original: string;
let imported: string;
const outputs: string[] = [];

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const io = captureIo(cwd, env);
  return runCli(args, io).then((code) => {
    outputs.push(io.stdout, io.stderr);
    return { code, out: io.stdout, err: io.stderr };
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

beforeAll(async () => {
  const extra = overrides();
  fleet = await simulateOverlay({ overrides: extra, registry: new SecretRegistry(), rebootMs: 20 });
  const root = mkdtempSync(path.join(tmpdir(), 'talos-gitops-import-'));
  dirs.push(root);
  talosconfig = path.join(root, 'talosconfig');
  await writeTalosconfig(talosconfig, fleet.sim.talosconfig);

  // the repository the fleet was rendered from, committed
  original = path.join(root, 'original');
  cpSync(path.join(PROJECT, 'clusters'), path.join(original, 'clusters'), { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(original, file)), { recursive: true });
    writeFileSync(path.join(original, file), text);
  }
  git(original, 'init', '-q', '-b', 'main');
  git(original, 'add', '-A');
  git(original, 'commit', '-qm', 'the fleet as it was built');

  imported = path.join(root, 'imported');
  for (const c of CLUSTERS) {
    const r = await run(
      [
        'import',
        '--talosconfig',
        talosconfig,
        '--cluster',
        c,
        '--stage',
        c,
        '--recipient',
        DEMO_RECIPIENT,
        '--out',
        imported,
      ],
      root,
    );
    if (r.code !== 0) throw new Error(`import ${c} failed: ${r.err}`);
  }
}, 180_000);

afterAll(async () => {
  await fleet?.sim.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('import from a running cluster', () => {
  it('writes a folder per cluster and says what it wrote', () => {
    const prod = outputs.find((o) => o.startsWith('imported production'))!;
    expect(prod).toContain('imported production: 7 nodes, Talos v1.13.9, Kubernetes v1.36.3');
    expect(prod).toContain('1 encrypted: they hold secret values');
    expect(prod).toContain("render reproduces every node's live config byte for byte");
    expect(readdirSync(path.join(imported, 'clusters')).sort()).toEqual([...CLUSTERS].sort());
  });

  it('renders every node byte for byte as it runs', async () => {
    const out = path.join(imported, 'rendered');
    const r = await run(['render', '--repo', imported, '--out', out], imported, {
      SOPS_AGE_KEY_FILE: DEMO_KEY_FILE,
    });
    expect(r.code).toBe(0);
    let compared = 0;
    for (const node of fleet.sim.nodes()) {
      const file = path.join(out, node.cluster, `${node.name}.yaml`);
      expect(readFileSync(file, 'utf8'), `${node.cluster}/${node.name}`).toBe(node.config);
      compared++;
    }
    expect(compared).toBe(3 + 7 + 3 + 3);
  });

  it('keeps what nodes share at the cluster and role levels, the rest per node', () => {
    const prod = path.join(imported, 'clusters/production');
    const spec = YAML.parse(readFileSync(path.join(prod, 'cluster.yaml'), 'utf8'));
    expect(spec).toMatchObject({
      name: 'production',
      talosVersion: 'v1.13.9',
      endpoint: 'https://10.0.1.100:6443',
    });
    expect(spec.patches).toEqual(['patches/cluster.yaml']);
    expect(readFileSync(path.join(prod, 'patches/cluster.yaml'), 'utf8')).toContain('maxPods: 150');
    expect(readFileSync(path.join(prod, 'patches/controlplane.yaml'), 'utf8')).toContain(
      'kind: Layer2VIPConfig',
    );
    const cp1 = readFileSync(path.join(prod, 'patches/nodes/prod-cp-1.yaml'), 'utf8');
    expect(cp1).toContain('hostname: prod-cp-1');
    expect(cp1).toContain('address: 10.0.1.11/24');
    expect(cp1).not.toContain('maxPods');
    // a list that did not just grow is deleted first, then set again
    const w1 = spec.nodes.find((n: { name: string }) => n.name === 'prod-w-1');
    expect(w1.patches).toEqual(['patches/nodes/prod-w-1.reset.yaml', 'patches/nodes/prod-w-1.yaml']);
    expect(readFileSync(path.join(prod, 'patches/nodes/prod-w-1.reset.yaml'), 'utf8')).toContain(
      '$patch: delete',
    );
    // a key the node lacks is deleted
    expect(readFileSync(path.join(prod, 'patches/nodes/prod-w-3.yaml'), 'utf8')).toMatch(
      /defaultRuntimeSeccompProfileEnabled:\n\s+\$patch: delete/,
    );
  });

  it('writes secrets only encrypted to the given recipients', () => {
    const bundle = readFileSync(path.join(imported, 'clusters/production/secrets.sops.yaml'), 'utf8');
    const sops = YAML.parse(bundle).sops;
    expect(sops.age.map((a: { recipient: string }) => a.recipient)).toEqual([DEMO_RECIPIENT]);
    const wg = readFileSync(
      path.join(imported, 'clusters/production/patches/nodes/prod-w-2.secrets.sops.yaml'),
      'utf8',
    );
    expect(wg).toContain('kind: WireguardConfig');
    expect(wg).not.toContain(WG_KEY);
    const secrets = [...fleet.registry.all(), WG_KEY].filter((s) => s.length >= 8);
    expect(secrets.length).toBeGreaterThan(50);
    for (const file of walk(imported)) {
      if (file.includes(`${path.sep}rendered${path.sep}`)) continue;
      const text = readFileSync(file, 'utf8');
      const leaked = secrets.find((s) => text.includes(s));
      expect(leaked, `${file} holds a secret`).toBeUndefined();
    }
  });

  it('plans no change against the repository the fleet was built from', async () => {
    const repo = path.join(path.dirname(imported), 'planned');
    execFileSync('git', ['clone', '-q', original, repo]);
    rmSync(path.join(repo, 'clusters'), { recursive: true, force: true });
    cpSync(path.join(imported, 'clusters'), path.join(repo, 'clusters'), { recursive: true });
    const r = await run(['plan', '--base', 'HEAD', '--repo', repo, '--format', 'json'], repo, {
      SOPS_AGE_KEY_FILE: DEMO_KEY_FILE,
    });
    const plan = JSON.parse(r.out);
    const statuses = plan.clusters.flatMap((c: { nodes: Array<{ status: string }> }) =>
      c.nodes.map((n) => n.status),
    );
    expect(statuses).toHaveLength(16);
    expect(new Set(statuses)).toEqual(new Set(['unchanged']));
    expect(r.code).toBe(0);
  });

  it('a dry-run apply of the import leaves every node as it is', async () => {
    const r = await run(
      [
        'apply',
        '--repo',
        imported,
        '--talosconfig',
        talosconfig,
        '--stages',
        CLUSTERS.join(','),
        '--dry-run',
        '--format',
        'json',
      ],
      imported,
      { SOPS_AGE_KEY_FILE: DEMO_KEY_FILE },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    const actions = report.stages.flatMap((s: { clusters: Array<{ nodes: Array<{ action: string }> }> }) =>
      s.clusters.flatMap((c) => c.nodes.map((n) => n.action)),
    );
    expect(actions).toHaveLength(16);
    expect(new Set(actions)).toEqual(new Set(['none']));
    expect(fleet.sim.events.filter((e) => e.type === 'apply')).toEqual([]);
  });

  it('no output shows a secret', () => {
    const secrets = [...fleet.registry.all(), WG_KEY].filter((s) => s.length >= 8);
    for (const out of outputs) expect(secrets.find((s) => out.includes(s))).toBeUndefined();
  });

  it('refuses without a recipient, and over an existing folder', async () => {
    const none = await run(['import', '--talosconfig', talosconfig, '--cluster', 'staging'], imported);
    expect(none.code).toBe(1);
    expect(none.err).toContain('needs at least one --recipient');
    const again = await run(
      [
        'import',
        '--talosconfig',
        talosconfig,
        '--cluster',
        'staging',
        '-r',
        DEMO_RECIPIENT,
        '--out',
        imported,
      ],
      imported,
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('never overwrites');
  });

  it('refuses nodes of another cluster', async () => {
    const r = await run(
      [
        'import',
        '--talosconfig',
        talosconfig,
        '--context',
        'staging',
        '--cluster',
        'production',
        '-r',
        DEMO_RECIPIENT,
        '--out',
        path.join(imported, 'x'),
      ],
      imported,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('belong to another cluster than "production"');
    expect(readdirSync(imported)).not.toContain('x');
  });
});
