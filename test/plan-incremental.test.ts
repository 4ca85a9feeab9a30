/**
 * The incremental plan: a cluster is rendered only when one of its inputs (its cluster.yaml, every
 * file it reads, its bundle, the policies) differs between the two sides; the others are reported
 * unchanged without rendering — and the plan says exactly what rendering every cluster would say,
 * in every format. Validation follows the change, while the rules comparing clusters still compare
 * the re-planned clusters with every other one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { sizedClusterFiles } from '../bench/rollout-fleet.js';
import { renderPlanComment } from '../src/plan/markdown.js';
import { type PlanOptions, planChange } from '../src/plan/plan.js';
import { formatPlanText, planJson } from '../src/plan/text.js';
import { loadClusterInputs, unchangedNodes } from '../src/render/inputs.js';
import { renderCache, renderClusterInputs } from '../src/render/render.js';
import { overlayFiles, type RepoFiles, workTreeFiles } from '../src/repo/files.js';
import type { AgeIdentity } from '../src/secrets/age-identities.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { decryptSopsFile } from '../src/secrets/sops.js';
import { encryptSopsYaml } from '../src/secrets/sops-encrypt.js';
import { repoFleetValidator } from '../src/validate/index.js';
import { demoIdentities, PROJECT } from './helpers/repo.js';

const EDGE_PATCH = 'clusters/shared/patches/edge.yaml';

/** Two more clusters beside the example's production and staging, sharing a patch no one else reads. */
function edgeCluster(name: string, subnet: number): Record<string, string> {
  const files = sizedClusterFiles({ name, controlPlanes: 1, workers: 2, maxParallel: 1, subnet });
  const file = `clusters/${name}/cluster.yaml`;
  return {
    [file]: files[file]!.replace(
      '  - ../shared/patches/sysctls.yaml',
      `  - ../shared/patches/sysctls.yaml\n  - ../shared/patches/edge.yaml\n  - nodes.yaml`,
    ),
    [`clusters/${name}/nodes.yaml`]: `machine:\n  nodeLabels:\n    site: ${name}\n`,
  };
}

const FLEET: Record<string, string> = {
  ...edgeCluster('edge-a', 7),
  ...edgeCluster('edge-b', 8),
  [EDGE_PATCH]: '# the edge sites\nmachine:\n  sysctls:\n    net.ipv4.tcp_keepalive_time: "600"\n',
};

let identities: AgeIdentity[];
let base: RepoFiles;
let rotated: string;

beforeAll(async () => {
  identities = await demoIdentities();
  base = overlayFiles(workTreeFiles(PROJECT), FLEET);
  // the production bundle with a new bootstrap token (edge-a and edge-b use it too)
  const file = path.join(PROJECT, 'clusters/production/secrets.sops.yaml');
  const bundle = (await decryptSopsFile(readFileSync(file, 'utf8'), file, identities)).values[0] as {
    secrets: { bootstraptoken: string };
  };
  bundle.secrets.bootstraptoken = 'r0t4t3.d0n3f0rth3t3st';
  rotated = await encryptSopsYaml(YAML.stringify(bundle), { recipients: [identities[0]!.recipient] });
});

function edit(file: string, change: (t: string) => string): Record<string, string> {
  return { [file]: change(base.read(file)!) };
}

async function plan(head: Record<string, string | undefined>, opts: Partial<PlanOptions> = {}) {
  const headFiles = overlayFiles(base, head);
  const registry = new SecretRegistry();
  const out = await planChange({
    base,
    head: headFiles,
    identities,
    registry,
    validate: repoFleetValidator({ files: headFiles, redact: (t) => registry.redact(t) }),
    ...opts,
  });
  const redact = (t: string) => registry.redact(t);
  return {
    ...out,
    formats: {
      text: formatPlanText(out.plan, { diffs: true }),
      json: JSON.stringify(planJson(out.plan), null, 2),
      markdown: renderPlanComment(out.plan, { redact, stages: ['staging', 'production'] }),
    },
    rendered: out.head.clusters.map((c) => c.name),
  };
}

/** Plans the change incrementally and in full, and holds them to the same output. */
async function both(head: Record<string, string | undefined>, opts: Partial<PlanOptions> = {}) {
  const incremental = await plan(head, opts);
  const full = await plan(head, { ...opts, full: true });
  expect(incremental.formats.text).toBe(full.formats.text);
  expect(incremental.formats.json).toBe(full.formats.json);
  expect(incremental.formats.markdown).toBe(full.formats.markdown);
  // the full plan rendered every cluster of the head
  expect(full.rendered).toEqual(
    full.plan.clusters.filter((c) => c.nodes.some((n) => n.status !== 'removed')).map((c) => c.name),
  );
  return incremental;
}

const changed = (p: Awaited<ReturnType<typeof plan>>) =>
  p.plan.clusters.flatMap((c) => c.nodes.filter((n) => n.status !== 'unchanged').map((n) => n.name));

describe('incremental plan', () => {
  it('re-plans exactly the clusters that use a changed shared patch', async () => {
    const p = await both(edit(EDGE_PATCH, (t) => t.replace('"600"', '"300"')));
    expect(p.rendered).toEqual(['edge-a', 'edge-b']);
    expect(changed(p)).toEqual([
      'edge-a-cp-1',
      'edge-a-w-1',
      'edge-a-w-2',
      'edge-b-cp-1',
      'edge-b-w-1',
      'edge-b-w-2',
    ]);
    // the clusters not rendered are still in the plan, every node unchanged
    expect(p.plan.clusters.map((c) => [c.name, c.nodes.length])).toEqual([
      ['edge-a', 3],
      ['edge-b', 3],
      ['production', 7],
      ['staging', 3],
    ]);
  });

  it('re-plans the users of a patch even when their renders come out the same', async () => {
    const p = await both(
      edit(EDGE_PATCH, (t) => t.replace('# the edge sites', '# the edge sites (reviewed)')),
    );
    expect(p.rendered).toEqual(['edge-a', 'edge-b']);
    expect(p.plan.hasChanges).toBe(false);
  });

  it('follows a patch used by some roles of some clusters, a node patch, a bundle', async () => {
    const etcd = await both(
      edit('clusters/shared/patches/etcd.yaml', (t) => t.replace('8589934592', '4294967296')),
    );
    expect(etcd.rendered).toEqual(['production', 'staging']);
    expect(changed(etcd)).toEqual(['prod-cp-1', 'prod-cp-2', 'prod-cp-3', 'stg-cp-1']);
    const node = await both(
      edit('clusters/production/patches/nodes/prod-w-2.yaml', (t) => `${t}mtu: 9000\n`),
    );
    expect(node.rendered).toEqual(['production']);
    expect(changed(node)).toEqual(['prod-w-2']);
    const bundle = await both({ 'clusters/production/secrets.sops.yaml': rotated });
    expect(bundle.rendered).toEqual(['edge-a', 'edge-b', 'production']);
    expect(
      bundle.plan.clusters.find((c) => c.name === 'edge-a')!.nodes[0]!.changedSecrets.length,
    ).toBeGreaterThan(0);
  });

  it('re-plans every cluster when the policies change, and none for a file no cluster reads', async () => {
    const policy = await both({
      'policies/team.yaml': [
        'rules:',
        '  - id: team/site-label',
        '    severity: warning',
        '    description: nodes carry a site label',
        '    target: { kind: v1alpha1, path: machine.nodeLabels.site }',
        '    condition: { exists: true }',
        '',
      ].join('\n'),
    });
    expect(policy.rendered).toEqual(['edge-a', 'edge-b', 'production', 'staging']);
    const readme = await both({ 'README.md': '# changed\n' });
    expect(readme.rendered).toEqual([]);
    expect(readme.plan.hasChanges).toBe(false);
  });

  it('says the same of an address move, a new Talos version and a waiver, changed together', async () => {
    const staging = 'clusters/staging/cluster.yaml';
    const p = await both({
      ...edit(staging, (t) =>
        t
          .replace('address: 10.0.0.22', 'address: 10.0.0.32')
          .replace('talosVersion: v1.12.11', 'talosVersion: v1.13.9')
          .concat(
            'waivers:\n  - policy: plan/address-move\n    nodes: ["stg-w-2"]\n    reason: moved by hand\n',
          ),
      ),
      ...edit(EDGE_PATCH, (t) => t.replace('"600"', '"300"')),
    });
    expect(p.rendered).toEqual(['edge-a', 'edge-b', 'staging']);
    const moved = p.plan.clusters.find((c) => c.name === 'staging')!.nodes.find((n) => n.name === 'stg-w-2')!;
    expect(moved.impacts).toContain('address');
    expect(moved.reasons[0]).toBe('moves 10.0.0.22 → 10.0.0.32');
  });

  it('plans added, removed and edited clusters, and filters, the same way', async () => {
    const staging = 'clusters/staging/cluster.yaml';
    await both({
      ...edit(staging, (t) =>
        t.replace('  - name: stg-w-2\n    address: 10.0.0.22', '  - name: stg-w-3\n    address: 10.0.0.23'),
      ),
      ...edgeCluster('edge-c', 6),
      'clusters/edge-b/cluster.yaml': undefined,
    });
    const filtered = await plan(
      edit(EDGE_PATCH, (t) => t.replace('"600"', '"300"')),
      { stages: ['edge-b'] },
    );
    const filteredFull = await plan(
      edit(EDGE_PATCH, (t) => t.replace('"600"', '"300"')),
      {
        stages: ['edge-b'],
        full: true,
      },
    );
    expect(filtered.formats.json).toBe(filteredFull.formats.json);
    expect(filtered.plan.clusters.map((c) => c.name)).toEqual(['edge-b']);
  });

  it('fails on a bundle the key here cannot open, and on a second cluster of a name, changed or not', async () => {
    const stranger = await identityToRecipient(await generateIdentity());
    const file = path.join(PROJECT, 'clusters/staging/secrets.sops.yaml');
    const plain = (await decryptSopsFile(readFileSync(file, 'utf8'), file, identities)).values[0];
    const foreign = {
      'clusters/staging/secrets.sops.yaml': await encryptSopsYaml(YAML.stringify(plain), {
        recipients: [stranger],
      }),
    };
    const twin = { 'clusters/zz-staging/cluster.yaml': base.read('clusters/staging/cluster.yaml')! };
    const head = { 'README.md': '# changed\n' };
    for (const before of [foreign, twin]) {
      const registry = new SecretRegistry();
      const fleet = overlayFiles(base, before);
      const run = (full: boolean) =>
        planChange({ base: fleet, head: overlayFiles(fleet, head), identities, registry, full });
      const [incremental, full] = [await run(false), await run(true)];
      expect(JSON.stringify(planJson(incremental.plan))).toBe(JSON.stringify(planJson(full.plan)));
      expect(
        incremental.plan.clusters.find((c) => c.name === 'staging')?.error ?? incremental.plan.findings[0],
      ).toBeTruthy();
      expect(incremental.plan.findings.map((f) => f.rule)).toContain('render/error');
    }
  });

  it('says the same of what it could not see without secrets (a fork pull request)', async () => {
    const p = await both(
      edit(EDGE_PATCH, (t) => t.replace('"600"', '"300"')),
      { identities: [] },
    );
    const production = p.plan.clusters.find((c) => c.name === 'production')!;
    expect(production.hidden).toEqual([
      'clusters/production/secrets.sops.yaml (secrets bundle; no key to decrypt it here)',
    ]);
  });
});

describe('validation of an incremental plan', () => {
  it('reports findings of the re-planned clusters only', async () => {
    // production has an even number of control planes before and after: not this change's doing
    const prod = 'clusters/production/cluster.yaml';
    const evenBase = overlayFiles(
      base,
      edit(prod, (t) => t.replace(/ {2}- name: prod-cp-3\n(.*\n){3}/, '')),
    );
    const registry = new SecretRegistry();
    const head = overlayFiles(
      evenBase,
      edit(EDGE_PATCH, (t) => t.replace('"600"', '"300"')),
    );
    const out = await planChange({
      base: evenBase,
      head,
      identities,
      registry,
      validate: repoFleetValidator({ files: head, redact: (t) => registry.redact(t) }),
    });
    expect(out.plan.findings.filter((f) => f.rule === 'fleet/controlplane-count')).toEqual([]);
    const touched = overlayFiles(evenBase, { [prod]: `${evenBase.read(prod)}# touched\n` });
    const again = await planChange({
      base: evenBase,
      head: touched,
      identities,
      registry,
      validate: repoFleetValidator({ files: touched, redact: (t) => registry.redact(t) }),
    });
    expect(
      again.plan.findings.filter((f) => f.rule === 'fleet/controlplane-count').map((f) => f.cluster),
    ).toEqual(['production', 'production']);
  });

  it('still compares a re-planned cluster with the clusters it did not render', async () => {
    const edgeB = 'clusters/edge-b/cluster.yaml';
    const p = await both({
      // a node name and an address edge-a already has
      ...edit(edgeB, (t) =>
        t
          .replace('name: edge-b-w-2, address: 10.9.8.102', 'name: edge-a-w-2, address: 10.9.7.101')
          .replace('role: controlplane }', 'role: controlplane, patches: [cp-link.yaml] }'),
      ),
      // a static address prod-w-1 (in production, later in order) already has
      'clusters/edge-b/cp-link.yaml':
        'apiVersion: v1alpha1\nkind: LinkConfig\nname: eth1\naddresses:\n  - address: 10.0.1.21/24\n',
    });
    // only edge-b is re-planned; production, whose patches name the address, is rendered to compare
    expect(p.rendered).toEqual(['edge-b']);
    const fleet = p.plan.findings.filter((f) => f.rule.startsWith('fleet/unique'));
    expect(fleet.map((f) => [f.cluster, f.node, f.message].join(': ')).sort()).toEqual([
      'edge-b: edge-a-w-2: address 10.9.7.101 is already the address of node edge-a-w-1 (cluster edge-a)',
      'edge-b: edge-a-w-2: node name "edge-a-w-2" is already used by a node of cluster edge-a',
      // edge-b comes first: the finding lands on production's node, which this change made a duplicate
      'production: prod-w-1: static address 10.0.1.21 is also configured on node edge-b-cp-1 (cluster edge-b)',
    ]);
    expect(fleet.find((f) => f.cluster === 'production')!.file).toBe(
      'clusters/production/patches/nodes/prod-w-1.yaml',
    );
  });
});

describe('what rendering a cluster reads', () => {
  it('is listed before rendering, and rendering reads nothing else', async () => {
    const files = workTreeFiles(PROJECT);
    const inputs = loadClusterInputs(files, 'clusters/production');
    expect([...inputs.files.keys()]).toEqual([
      'clusters/production/cluster.yaml',
      'clusters/production/secrets.sops.yaml',
      'clusters/shared/patches/installer.yaml',
      'clusters/shared/patches/time-and-dns.yaml',
      'clusters/shared/patches/kubelet.yaml',
      'clusters/shared/patches/sysctls.yaml',
      'clusters/production/patches/cluster.yaml',
      'clusters/shared/patches/etcd.yaml',
      'clusters/production/patches/controlplane.yaml',
      'clusters/production/patches/worker.yaml',
      ...['cp-1', 'cp-2', 'cp-3', 'w-1', 'w-2', 'w-3', 'w-4'].map(
        (n) => `clusters/production/patches/nodes/prod-${n}.yaml`,
      ),
    ]);
    const opts = { files, identities, registry: new SecretRegistry() };
    await expect(renderClusterInputs(inputs, opts, renderCache())).resolves.toMatchObject({
      name: 'production',
    });
    // a render that reached for a file its inputs do not list would have been compared by no plan
    inputs.files.delete('clusters/shared/patches/kubelet.yaml');
    await expect(renderClusterInputs(inputs, opts, renderCache())).rejects.toThrow(
      'rendering clusters/production read clusters/shared/patches/kubelet.yaml, which is not among its inputs',
    );
  });
});

describe('secrets in an incremental plan', () => {
  it('hides a value of a shared encrypted patch in the diff of every cluster using it', async () => {
    const recipients = [identities[0]!.recipient];
    const patch = (token: string) =>
      encryptSopsYaml(`machine:\n  env:\n    EDGE_TOKEN: ${token}\n`, { recipients });
    const shared = 'clusters/shared/patches/edge-token.sops.yaml';
    const uses = (t: string) =>
      t.replace('  - nodes.yaml', '  - nodes.yaml\n  - ../shared/patches/edge-token.sops.yaml');
    const withPatch = {
      ...edit('clusters/edge-a/cluster.yaml', uses),
      ...edit('clusters/edge-b/cluster.yaml', uses),
      [shared]: await patch('old-edge-token-4f9a2c'),
    };
    const before = overlayFiles(base, withPatch);
    const head = overlayFiles(before, { [shared]: await patch('new-edge-token-8d31e7') });
    for (const full of [false, true]) {
      const registry = new SecretRegistry();
      const out = await planChange({ base: before, head, identities, registry, full });
      const text = formatPlanText(out.plan, { diffs: true });
      expect(text).toContain('edge-a-w-1');
      expect(text).toContain('edge-b-w-1');
      for (const secret of ['old-edge-token-4f9a2c', 'new-edge-token-8d31e7'])
        expect(text).not.toContain(secret);
      const diffs = out.plan.clusters.flatMap((c) => c.nodes.map((n) => n.diff)).filter(Boolean);
      expect(diffs).toHaveLength(6);
      for (const d of diffs) expect(d).toContain('EDGE_TOKEN');
    }
  });
});

describe('nodes that render the same at both sides', () => {
  const all = ['prod-cp-1', 'prod-cp-2', 'prod-cp-3', 'prod-w-1', 'prod-w-2', 'prod-w-3', 'prod-w-4'];
  const at = (change: Record<string, string | undefined>) =>
    loadClusterInputs(overlayFiles(workTreeFiles(PROJECT), change), 'clusters/production');
  const same = (change: Record<string, string | undefined>) => [...unchangedNodes(at({}), at(change))].sort();
  const node = (n: string) => `clusters/production/patches/nodes/${n}.yaml`;
  const text = (f: string) => readFileSync(path.join(PROJECT, f), 'utf8');

  it('are every node but those whose own patch changed', () => {
    expect(same({})).toEqual(all);
    expect(same({ [node('prod-w-2')]: `${text(node('prod-w-2'))}# edited\n` })).toEqual(
      all.filter((n) => n !== 'prod-w-2'),
    );
    // a patch file gone: the node's render fails there, so it is rendered
    expect(same({ [node('prod-cp-1')]: undefined })).toEqual(all.filter((n) => n !== 'prod-cp-1'));
  });

  it('are none when a file every node reads, or cluster.yaml, changed', () => {
    for (const f of [
      'clusters/shared/patches/kubelet.yaml',
      'clusters/production/patches/worker.yaml',
      'clusters/production/secrets.sops.yaml',
      'clusters/production/cluster.yaml',
    ])
      expect(same({ [f]: `${text(f)}\n# edited\n` }), f).toEqual([]);
  });

  it('taken from the head, make the base render that rendering every node makes', async () => {
    // the base holds another MTU for prod-w-2: only its config differs from the head's
    const change = { [node('prod-w-2')]: `${text(node('prod-w-2'))}mtu: 1400\n` };
    const [h, b] = [at({}), at(change)];
    const opts = { identities, registry: new SecretRegistry() };
    const cache = renderCache();
    const headFiles = overlayFiles(workTreeFiles(PROJECT), {});
    const baseFiles = overlayFiles(workTreeFiles(PROJECT), change);
    const head = await renderClusterInputs(h, { ...opts, files: headFiles }, cache);
    const reused = await renderClusterInputs(b, { ...opts, files: baseFiles }, cache, {
      from: head,
      nodes: unchangedNodes(h, b),
    });
    const full = await renderClusterInputs(b, { ...opts, files: baseFiles }, renderCache());
    expect(reused.nodes.map((n) => n.text)).toEqual(full.nodes.map((n) => n.text));
    expect(JSON.stringify(reused)).toBe(JSON.stringify(full));
    // the node that changed was rendered at the base: its config is not the head's
    const w2 = (c: typeof head) => c.nodes.find((n) => n.name === 'prod-w-2')!;
    expect(w2(reused).text).toContain('mtu: 1400');
    expect(w2(head).text).not.toContain('mtu: 1400');
    expect(
      reused.nodes.filter((n) => n.text !== head.nodes.find((x) => x.name === n.name)!.text),
    ).toHaveLength(1);
    // and those taken have documents of their own
    expect(reused.nodes[0]!.docs).not.toBe(head.nodes[0]!.docs);
    expect(reused.nodes[0]!.docs).toEqual(head.nodes[0]!.docs);
  });
});
