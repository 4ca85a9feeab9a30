/**
 * The pull-request comment read the way a reviewer reads it, on realistic pull requests against the
 * example fleet: the verdict and the riskiest node's impact in the first lines, risky groups open and
 * live ones collapsed, hunks headed by document and YAML path, the changed files and the nodes they
 * reach, identical hunks shown once across roles and clusters, and CA changes that never look routine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { renderPlanComment } from '../src/plan/markdown.js';
import { planRepo } from '../src/plan/plan.js';
import { formatPlanText } from '../src/plan/text.js';
import type { PlanResult } from '../src/plan/types.js';
import { generateSecretsBundle } from '../src/secrets/gen-secrets.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { encryptSopsYaml } from '../src/secrets/sops-encrypt.js';
import { demoIdentities, edit, exampleRepo, exampleSecrets, leaks } from './helpers/repo.js';
import { detailsBalance, structure } from './plan-markdown-helpers.js';

const HEAD = 'c0ffee0123456789abcdef0123456789abcdef01';

interface Scenario {
  plan: PlanResult;
  md: string;
  text: string;
  lines: string[];
  dir: string;
}

async function scenario(change: (dir: string) => void | Promise<void>): Promise<Scenario> {
  const dir = exampleRepo();
  await change(dir);
  const registry = new SecretRegistry();
  const { plan } = await planRepo({
    root: dir,
    baseRef: 'main',
    identities: await demoIdentities(),
    registry,
  });
  const redact = (s: string) => registry.redact(s);
  const md = renderPlanComment(plan, {
    redact,
    repository: 'octo/clusters',
    headSha: HEAD,
    stages: ['staging', 'production'],
  });
  const text = redact(formatPlanText(plan, { diffs: true, stages: ['staging', 'production'] }));
  return { plan, md, text, lines: md.split('\n'), dir };
}

/** Summary lines of the `<details>` sections, with whether each is open. */
function sections(md: string): { open: boolean; summary: string }[] {
  return [...md.matchAll(/^<details( open)?><summary>(.*)<\/summary>$/gm)].map((m) => ({
    open: m[1] !== undefined,
    summary: m[2]!,
  }));
}

const moveProdW2 = (dir: string) => {
  edit(dir, 'clusters/production/cluster.yaml', (t) => t.replace('address: 10.0.1.22', 'address: 10.0.1.32'));
  edit(dir, 'clusters/production/patches/nodes/prod-w-2.yaml', (t) =>
    t.replace('10.0.1.22/24', '10.0.1.32/24'),
  );
};

describe('a node moves to a new Talos API address', () => {
  let s: Scenario;
  it('plans', async () => {
    s = await scenario(moveProdW2);
  });

  it('says so in the first lines: the move is the riskiest change', () => {
    expect(s.lines[0]).toBe('### ✅ Talos plan: 1 of 10 nodes changes in 1 of 2 clusters (1 address change)');
    expect(s.lines[2]).toBe(
      '**Riskiest:** 🚚 **prod-w-2** (production) moves 10.0.1.22 → 10.0.1.32 · applies live',
    );
  });

  it('shows the move open, with where the rollout finds the node', () => {
    const [first] = sections(s.md);
    expect(first).toEqual({
      open: true,
      summary: '🚚 <b>prod-w-2</b> · production · worker · moves 10.0.1.22 → 10.0.1.32 · applies live',
    });
    expect(s.md).toContain(
      '- **Moves:** the rollout reaches it at `10.0.1.22`, applies, and waits for it healthy at `10.0.1.32`',
    );
    expect(s.md).toContain('@@ -98,5 +98,5 @@ LinkConfig eth0 › addresses[0].address');
  });

  it('records the move in the plan', () => {
    const node = s.plan.clusters
      .find((c) => c.name === 'production')!
      .nodes.find((n) => n.name === 'prod-w-2')!;
    expect(node.move).toEqual({ from: '10.0.1.22', to: '10.0.1.32' });
    expect(node.impacts).toEqual(['address', 'live']);
    expect(s.plan.findings.filter((f) => f.rule.startsWith('plan/'))).toEqual([]);
  });

  it('lists the files that changed and the nodes they reach', () => {
    expect(s.md).toContain('### Files changed in this pull request → nodes they reach');
    expect(s.md).toMatch(
      /^- \[clusters\/production\/cluster\.yaml\]\(.*\) → production: all 7 nodes _\(1 of them changes\)_$/m,
    );
    expect(s.md).toMatch(
      /^- \[clusters\/production\/patches\/nodes\/prod-w-2\.yaml\]\(.*\) → production: prod-w-2$/m,
    );
  });
});

describe('a node whose config moves it while cluster.yaml keeps the old address', () => {
  it('is an error: the rollout could not reach it afterwards', async () => {
    const s = await scenario((dir) =>
      edit(dir, 'clusters/production/patches/nodes/prod-w-2.yaml', (t) =>
        t.replace('10.0.1.22/24', '10.0.1.32/24'),
      ),
    );
    expect(s.lines[0]).toMatch(/^### ❌ Talos plan: 1 error · /);
    expect(s.lines[2]).toContain('moves 10.0.1.22 → 10.0.1.32');
    expect(s.md).toContain(
      '`plan/address-move` the config moves the node from 10.0.1.22 to 10.0.1.32, but its address in cluster.yaml stays 10.0.1.22: after the apply it cannot be reached there; change its address too',
    );
  });
});

describe('the whole PKI bundle of a cluster is replaced', () => {
  let s: Scenario;
  let secrets: string[];
  // One fresh bundle (a 4096-bit RSA key takes a while), encrypted to the demo key, for both plans.
  let fresh: Promise<string> | undefined;
  const replaceBundle = async (dir: string) => {
    fresh ??= (async () => {
      const ids = await demoIdentities();
      return encryptSopsYaml(YAML.stringify(await generateSecretsBundle()), {
        recipients: [ids[0]!.recipient],
      });
    })();
    writeFileSync(path.join(dir, 'clusters/staging/secrets.sops.yaml'), await fresh);
  };
  it('plans', async () => {
    s = await scenario(replaceBundle);
    secrets = await exampleSecrets(s.dir);
  }, 60_000);

  it("fails the plan with an error naming Talos's CA-rotation procedure", () => {
    expect(s.lines[0]).toBe(
      '### ❌ Talos plan: 3 errors · 3 of 10 nodes change in 1 of 2 clusters (3 CA change, 3 reboot)',
    );
    expect(s.lines[2]).toMatch(
      /^\*\*Riskiest:\*\* 🔐 \*\*stg-cp-1\*\* \(staging\) replaces a CA: needs a CA rotation/,
    );
    const f = s.plan.findings.filter((x) => x.rule === 'plan/ca-rotation');
    expect(f.map((x) => x.node)).toEqual(['stg-cp-1', 'stg-w-1', 'stg-w-2']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('talosctl rotate-ca');
    expect(f[0]!.message).toContain('Talos API CA (machine.ca)');
    expect(f[0]!.message).toContain('Kubernetes CA (cluster.ca)');
    expect(s.md).toContain('- ❌ **error** `plan/ca-rotation` the ');
  });

  it('never looks routine: its section is open and first', () => {
    const [first] = sections(s.md);
    expect(first!.open).toBe(true);
    expect(first!.summary).toContain('replaces a CA: needs a CA rotation');
    expect(s.md).toContain('- 🔐 **CA replaced:** ');
  });

  it('shows no secret value', () => {
    expect(leaks(s.md, secrets)).toEqual([]);
    expect(leaks(s.text, secrets)).toEqual([]);
  });

  it('can be waived in cluster.yaml, like any finding', async () => {
    const waived = await scenario(async (dir) => {
      await replaceBundle(dir);
      edit(
        dir,
        'clusters/staging/cluster.yaml',
        (t) =>
          `${t}waivers:\n  - policy: plan/ca-rotation\n    nodes: ["*"]\n    reason: lab cluster, rebuilt from scratch\n`,
      );
    });
    const f = waived.plan.findings.filter((x) => x.rule === 'plan/ca-rotation');
    expect(f).toHaveLength(3);
    expect(f.every((x) => x.waived?.reason === 'lab cluster, rebuilt from scratch')).toBe(true);
    expect(waived.plan.findings.some((x) => x.rule === 'waiver/unused')).toBe(false);
    expect(waived.lines[0]).toMatch(/^### ✅ /);
  }, 60_000);
});

describe('a risky change among routine ones', () => {
  let s: Scenario;
  it('plans', async () => {
    s = await scenario((dir) => {
      moveProdW2(dir);
      edit(dir, 'clusters/shared/patches/sysctls.yaml', (t) => t.replace('"65535"', '"32768"'));
      edit(
        dir,
        'clusters/production/patches/worker.yaml',
        (t) => `${t}  env:\n    HTTP_PROXY: http://proxy:3128\n`,
      );
      edit(dir, 'clusters/shared/patches/installer.yaml', (t) => t.replace('wipe: false', 'wipe: true'));
    });
  });

  it('orders groups by risk and collapses only the live ones', () => {
    const all = sections(s.md);
    expect(all.length).toBeGreaterThan(3);
    const risky = all.filter((x) => !x.summary.startsWith('✏️'));
    expect(risky.every((x) => x.open)).toBe(true);
    expect(all.filter((x) => x.summary.startsWith('✏️')).every((x) => !x.open)).toBe(true);
    // riskiest first: the move, then reboots, then live changes
    const icons = all.map((x) => x.summary.split(' ')[0]);
    expect(icons[0]).toBe('🚚');
    expect(icons.lastIndexOf('🔁')).toBeLessThan(icons.indexOf('✏️'));
    expect(detailsBalance(s.md).balanced).toBe(true);
  });

  it('prints an identical hunk once across roles and clusters', () => {
    const sysctl = structure(s.md).fences.filter((f) =>
      f.body.includes('+        net.core.somaxconn: "32768"'),
    );
    expect(sysctl).toHaveLength(1);
    expect(sysctl[0]!.body).toMatch(
      /machine\.sysctls\."net\.core\.somaxconn" · same change on \d+ nodes in 2 clusters/,
    );
    expect(s.md).toMatch(
      /^- \*\*Also:\*\* `v1alpha1 › machine\.sysctls\."net\.core\.somaxconn"`: the same change as /m,
    );
    expect(s.md).toMatch(/→ 10 nodes in 2 clusters — production: all 7 nodes; staging: all 3 nodes/);
  });

  it('does the same in the text format', () => {
    const printed = s.text.split('\n').filter((l) => l.includes('+        net.core.somaxconn: "32768"'));
    expect(printed).toHaveLength(1);
    expect(s.text).toContain('v1alpha1 › machine.sysctls."net.core.somaxconn": the same change as');
    expect(s.text.split('\n')[2]).toBe(
      'Riskiest: prod-w-2 (production): moves 10.0.1.22 → 10.0.1.32 · needs a reboot',
    );
  });
});

describe('a Talos upgrade of a cluster', () => {
  let s: Scenario;
  it('plans', async () => {
    s = await scenario((dir) =>
      edit(dir, 'clusters/staging/cluster.yaml', (t) =>
        t.replace('talosVersion: v1.12.11', 'talosVersion: v1.13.9'),
      ),
    );
  });

  it('does not also claim the upgrade applies live', () => {
    expect(s.lines[0]).toBe('### ✅ Talos plan: 3 of 10 nodes change in 1 of 2 clusters (3 Talos upgrade)');
    expect(s.lines[2]).toBe(
      '**Riskiest:** ⬆️ **3 nodes** of staging (stg-cp-1, stg-w-1, stg-w-2) needs a Talos upgrade',
    );
    expect(s.md).not.toContain('needs a Talos upgrade · applies live');
  });

  it("says which changed lines come from the new version's defaults", () => {
    expect(s.md).toMatch(
      /^- \*\*From the Talos v1\.13\.9 defaults\*\*, not from a file of this pull request: `- network: \{\}`/m,
    );
    expect(s.text).toContain('from the Talos v1.13.9 defaults: - network: {}');
  });

  it('lists the installer image as the upgrade, not as a default', () => {
    const defaults = s.text.split('\n').filter((l) => l.includes('from the Talos v1.13.9 defaults'));
    expect(defaults.length).toBeGreaterThan(0);
    for (const l of defaults) expect(l).not.toContain('installer');
    // the tag is the version: no schematic or variant change to speak of
    expect(s.text).toContain('why: talosVersion v1.12.11 → v1.13.9\n');
    expect(s.text).not.toContain('installer variant');
    expect(s.text).toMatch(/\+ +image: factory\.talos\.dev\/metal-installer\/[0-9a-f]{64}:v1\.13\.9\n/);
  });
});

it('the scenario fixtures are the example fleet (a sanity check of the test itself)', () => {
  const text = readFileSync(path.join(import.meta.dirname, '../clusters/production/cluster.yaml'), 'utf8');
  expect(text).toContain('address: 10.0.1.22');
});
