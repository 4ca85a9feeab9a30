/**
 * Hostile corpus, checks judged by the base: a change is judged by the policies, packs and waivers of
 * the ref it is compared with, so deleting the rule it breaks, switching the packs off or waiving its
 * own finding does not make it pass; the plan says what it changes in its checks, and those changes
 * judge from the merge on (the next plan, with the merged commit as its base).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChecksChange } from '../src/validate/judged-by-base.js';
import type { Finding } from '../src/validate/types.js';
import { cli, scratchRepo, TEAM_RULE } from './helpers/hostile.js';
import { edit, git } from './helpers/repo.js';

/** The example fleet with the team's rule, committed: the base every test changes. */
function baseWithTeamRule(): string {
  const dir = scratchRepo();
  mkdirSync(path.join(dir, 'policies'));
  writeFileSync(path.join(dir, 'policies/team.yaml'), TEAM_RULE);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'team rule');
  return dir;
}

const morePods = (dir: string) =>
  edit(dir, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 150', 'maxPods: 200'));

const waiver = (policy: string, reason: string) =>
  `waivers:\n  - policy: ${policy}\n    nodes: ["*"]\n    reason: ${reason}\n`;

interface PlanJson {
  findings: Finding[];
  checks?: ChecksChange;
}

async function plan(dir: string, base = 'HEAD') {
  const json = await cli(dir, ['plan', '--base', base, '--format', 'json']);
  const md = await cli(dir, ['plan', '--base', base, '--format', 'markdown']);
  const text = await cli(dir, ['plan', '--base', base]);
  expect(md.code).toBe(json.code);
  return { code: json.code, json: JSON.parse(json.stdout) as PlanJson, md: md.stdout, text: text.stdout };
}

const open = (p: PlanJson, rule: string) => p.findings.filter((f) => f.rule === rule && !f.waived);

/** The comment's section on the checks sits right under the verdict, before the table. */
function checksSectionOf(md: string): string {
  const at = md.indexOf('**This pull request changes its own checks:**');
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThan(md.indexOf('| Cluster |'));
  const verdict = md.indexOf('### ');
  expect(verdict).toBeLessThan(at);
  return md.slice(at, md.indexOf('| Cluster |'));
}

describe('a change is judged by the checks of its base', () => {
  it('breaking a team rule and deleting the rule still fails, and the comment says the rule was removed', async () => {
    const dir = baseWithTeamRule();
    morePods(dir);
    rmSync(path.join(dir, 'policies/team.yaml'));
    const p = await plan(dir);
    expect(p.code).toBe(1);
    expect(open(p.json, 'team/max-pods').length).toBeGreaterThan(0);
    expect(p.json.checks?.rules).toEqual([
      expect.objectContaining({
        change: 'removed',
        id: 'team/max-pods',
        file: 'policies/team.yaml',
        merged: 0,
      }),
    ]);
    expect(p.json.checks!.rules[0]!.now).toBe(open(p.json, 'team/max-pods').length);
    const section = checksSectionOf(p.md);
    expect(section).toMatch(
      /\*\*removed\*\* rule `team\/max-pods` \(error\) \(`policies\/team\.yaml:2` at the base\)/,
    );
    expect(section).toMatch(
      /it still judges this plan \(\d+ findings\); from the merge on it judges nothing/,
    );
    expect(p.text).toMatch(
      /This change changes its own checks:.*\n {2}- removed rule team\/max-pods \(error\)/,
    );

    // once merged, the rule is gone: the next change is judged without it
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'merge');
    edit(dir, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 200', 'maxPods: 220'));
    const next = await plan(dir);
    expect(next.code).toBe(2);
    expect(open(next.json, 'team/max-pods')).toEqual([]);
    expect(next.json.checks).toBeUndefined();
    expect(next.md).not.toContain('changes its own checks');
  });

  it('weakening the rule is judged by the base version; the new version counts from the merge on', async () => {
    const dir = baseWithTeamRule();
    morePods(dir);
    edit(dir, 'policies/team.yaml', (t) => t.replace('lessOrEqual: 150', 'lessOrEqual: 250'));
    const p = await plan(dir);
    expect(p.code).toBe(1);
    expect(p.json.checks?.rules).toEqual([
      expect.objectContaining({ change: 'changed', id: 'team/max-pods', merged: 0 }),
    ]);
    expect(checksSectionOf(p.md)).toMatch(
      /\*\*changed\*\* rule `team\/max-pods` \(error\) at `policies\/team\.yaml:2`/,
    );
  });

  it('switching the packs off (packs: []) still fails on the pack rule it breaks, and names the packs dropped', async () => {
    const dir = scratchRepo();
    edit(
      dir,
      'clusters/staging/patches/cluster.yaml',
      (t) =>
        `${t}---\nmachine:\n  registries:\n    config:\n      r.example.com:\n        tls:\n          insecureSkipVerify: true\n`,
    );
    edit(dir, 'clusters/staging/cluster.yaml', (t) => `${t}policies:\n  packs: []\n`);
    const p = await plan(dir);
    expect(p.code).toBe(1);
    const broken = open(p.json, 'baseline/registry-tls-verify');
    expect(broken.length).toBeGreaterThan(0);
    expect(p.json.checks?.packs).toEqual([
      expect.objectContaining({ cluster: 'staging', newCluster: false, before: ['baseline'], after: [] }),
    ]);
    expect(p.json.checks!.packs[0]!.now).toBeGreaterThanOrEqual(broken.length);
    expect(checksSectionOf(p.md)).toMatch(
      /\*\*packs\*\* of cluster staging: `baseline` → none \(`clusters\/staging\/cluster\.yaml:\d+`\)/,
    );
  });

  it('a waiver the change adds for its own finding waives nothing yet and is shown as new', async () => {
    const dir = baseWithTeamRule();
    morePods(dir);
    edit(
      dir,
      'clusters/production/cluster.yaml',
      (t) => `${t}${waiver('team/max-pods', 'we need more pods')}`,
    );
    const p = await plan(dir);
    expect(p.code).toBe(1);
    const found = open(p.json, 'team/max-pods');
    expect(found.length).toBe(7);
    expect(p.json.findings.some((f) => f.rule === 'waiver/unused')).toBe(false);
    expect(p.json.checks?.waivers).toEqual([
      expect.objectContaining({
        change: 'added',
        cluster: 'production',
        policy: 'team/max-pods',
        now: 0,
        merged: 7,
      }),
    ]);
    expect(checksSectionOf(p.md)).toMatch(
      /\*\*new\*\* waiver of `team\/max-pods` on every node in production \(`clusters\/production\/cluster\.yaml:\d+`, "we need more pods"\): waives nothing in this plan; from the merge on it would waive 7 findings/,
    );

    // merged, the waiver waives: the next change passes with the findings shown as waived
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'merge');
    edit(dir, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 200', 'maxPods: 220'));
    const next = await plan(dir);
    expect(next.code).toBe(2);
    expect(next.json.findings.filter((f) => f.rule === 'team/max-pods' && f.waived)).toHaveLength(7);
    expect(next.json.checks).toBeUndefined();
  });

  it('a base waiver the change removes or edits still waives this plan, and the change is named', async () => {
    const dir = baseWithTeamRule();
    morePods(dir);
    edit(dir, 'clusters/production/cluster.yaml', (t) => `${t}${waiver('team/max-pods', 'approved')}`);
    git(dir, 'commit', '-qam', 'waived');
    // narrowing the waiver: the base's version still waives every node
    edit(dir, 'clusters/production/cluster.yaml', (t) => t.replace('nodes: ["*"]', 'nodes: ["prod-w-*"]'));
    const narrowed = await plan(dir);
    expect(narrowed.code).toBe(0);
    expect(narrowed.json.checks?.waivers).toEqual([
      expect.objectContaining({
        change: 'changed',
        nodes: ['prod-w-*'],
        before: { nodes: ['*'], reason: 'approved' },
      }),
    ]);
    expect(narrowed.json.checks!.waivers[0]).toMatchObject({ now: 7, merged: 4 });
    // removing it
    edit(dir, 'clusters/production/cluster.yaml', (t) => t.slice(0, t.indexOf('waivers:')));
    const removed = await plan(dir);
    expect(removed.code).toBe(0);
    expect(removed.json.findings.filter((f) => f.rule === 'team/max-pods' && f.waived)).toHaveLength(7);
    expect(removed.json.checks?.waivers).toEqual([
      expect.objectContaining({ change: 'removed', policy: 'team/max-pods', now: 7, merged: 0 }),
    ]);
    expect(checksSectionOf(removed.md)).toMatch(
      /\*\*removed\*\* waiver of `team\/max-pods`.* at the base.*it still waives 7 findings in this plan/,
    );
  });

  it('a cluster new in the change is judged by the base repository policies and the default packs', async () => {
    const dir = baseWithTeamRule();
    // a copy of production under a new name, with its packs switched off and the team rule deleted
    const prod = path.join(dir, 'clusters/production');
    const copy = path.join(dir, 'clusters/production-2');
    git(dir, 'mv', 'clusters/production', 'clusters/production-2');
    edit(
      dir,
      'clusters/production-2/cluster.yaml',
      (t) => `${t.replace('name: production', 'name: production-2')}policies:\n  packs: []\n`,
    );
    edit(
      dir,
      'clusters/production-2/patches/cluster.yaml',
      (t) =>
        `${t}---\nmachine:\n  registries:\n    config:\n      r.example.com:\n        tls:\n          insecureSkipVerify: true\n`,
    );
    morePods(dir);
    rmSync(path.join(dir, 'policies/team.yaml'));
    expect(copy).not.toBe(prod);
    const p = await plan(dir);
    expect(p.code).toBe(1);
    expect(open(p.json, 'team/max-pods').every((f) => f.cluster === 'production-2')).toBe(true);
    expect(open(p.json, 'team/max-pods').length).toBe(7);
    expect(open(p.json, 'baseline/registry-tls-verify').length).toBeGreaterThan(0);
    // moved folder: the base's cluster of that folder gave it the default packs; the change drops them
    expect(p.json.checks?.packs).toEqual([
      expect.objectContaining({ cluster: 'production-2', before: ['baseline'], after: [] }),
    ]);
  });

  it('a brand-new cluster gets the default packs whatever it asks for', async () => {
    const dir = scratchRepo();
    git(dir, 'rm', '-rq', 'clusters/staging');
    git(dir, 'commit', '-qm', 'no staging yet');
    git(dir, 'checkout', '-q', 'HEAD~1', '--', 'clusters/staging');
    edit(dir, 'clusters/staging/cluster.yaml', (t) => `${t}policies:\n  packs: []\n`);
    edit(
      dir,
      'clusters/staging/patches/cluster.yaml',
      (t) =>
        `${t}---\nmachine:\n  registries:\n    config:\n      r.example.com:\n        tls:\n          insecureSkipVerify: true\n`,
    );
    const p = await plan(dir);
    expect(p.code).toBe(1);
    expect(open(p.json, 'baseline/registry-tls-verify').length).toBeGreaterThan(0);
    expect(p.json.checks?.packs).toEqual([
      expect.objectContaining({ cluster: 'staging', newCluster: true, before: ['baseline'], after: [] }),
    ]);
    expect(checksSectionOf(p.md)).toMatch(/\*\*new cluster\*\* staging asks for packs none/);
  });

  it('a change that leaves the checks alone has no such section', async () => {
    const dir = baseWithTeamRule();
    morePods(dir);
    const p = await plan(dir);
    expect(p.code).toBe(1);
    expect(p.json.checks).toBeUndefined();
    expect(p.md).not.toContain('changes its own checks');
    expect(p.text).not.toContain('changes its own checks');
  });
});
