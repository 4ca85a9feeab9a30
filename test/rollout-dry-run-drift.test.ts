/**
 * `apply --dry-run --base REF` tells drift from change. The example fleet runs its committed render;
 * someone changes one node by hand (outside Git); a pull request then changes every node. The dry run
 * of the merge labels that node "drift: the node runs something Git never had" and shows the revert
 * the apply would make (from what it runs to the last applied commit), in text, JSON and markdown —
 * every other node is a plain change. Nothing is applied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { formatRolloutReport, type RolloutReport } from '../src/rollout/index.js';
import { type ExampleFleet, exampleFleetRunning } from './helpers/example-fleet.js';
import { captureIo } from './helpers/io.js';
import { DEMO_KEY_FILE, edit, exampleSecrets, git, leaks } from './helpers/repo.js';

const LABEL = 'drift: the node runs something Git never had';
let x: ExampleFleet;
let repo: string;
let secrets: string[];

beforeAll(async () => {
  x = await exampleFleetRunning();
  repo = x.repo;
  secrets = await exampleSecrets(repo);
  // By hand, outside Git: prod-w-3 gets another somaxconn.
  await x.byHand('production', 'prod-w-3', (t) =>
    t.replace('net.core.somaxconn: "65535"', 'net.core.somaxconn: "1024"'),
  );
  // The pull request: maxPods on every node.
  edit(repo, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 150', 'maxPods: 200'));
  git(repo, 'commit', '-qam', 'Raise maxPods');
}, 120_000);

afterAll(() => x?.stop());

async function dryRun(...extra: string[]) {
  const io = captureIo(repo, { SOPS_AGE_KEY_FILE: DEMO_KEY_FILE });
  const code = await runCli(
    [
      'apply',
      '--dry-run',
      '--talosconfig',
      x.talosconfig,
      '--kubeconfig',
      x.kubeconfig,
      '--stages',
      'staging,production',
      ...extra,
    ],
    io,
  );
  return { code, out: io.stdout, err: io.stderr };
}

describe('apply --dry-run with the last applied commit', () => {
  let json: RolloutReport;

  it('text: the drifted node is labelled, with the revert it would make; the others are a plain change', async () => {
    const r = await dryRun('--base', 'HEAD~1');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const at = lines.findIndex((l) => /^\s+prod-w-3\s/.test(l));
    expect(lines.slice(at + 1, at + 3).map((l) => l.trim())).toEqual([
      `${LABEL} (its config differs from the last applied commit)`,
      'this apply reverts it (- what it runs, + the last applied commit):',
    ]);
    const revert = lines.slice(
      at + 3,
      lines.findIndex((l, i) => i > at + 3 && /^\s{6}\S/.test(l) && !/^\s{8}/.test(l)),
    );
    expect(revert.map((l) => l.trim())).toEqual(
      expect.arrayContaining([
        '--- live/production/prod-w-3.yaml',
        '+++ git/production/prod-w-3.yaml',
        '-        net.core.somaxconn: "1024"',
        '+        net.core.somaxconn: "65535"',
      ]),
    );
    // the pull request's own change is not drift, and appears in no revert
    expect(r.out.split(LABEL)).toHaveLength(2);
    expect(revert.join('\n')).not.toContain('maxPods');
    expect(leaks(r.out + r.err, secrets)).toEqual([]);
  }, 120_000);

  it('json: the node report carries the drift and its revert; markdown labels it and shows the revert open', async () => {
    const r = await dryRun('--base', 'HEAD~1', '--format', 'json');
    expect(r.code).toBe(0);
    json = JSON.parse(r.out) as RolloutReport;
    const nodes = json.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes));
    expect(nodes.filter((n) => n.drift).map((n) => n.name)).toEqual(['prod-w-3']);
    const w3 = nodes.find((n) => n.name === 'prod-w-3')!;
    expect(w3.drift).toMatchObject({ config: true });
    expect(w3.drift!.revert).toContain('-        net.core.somaxconn: "1024"');
    expect(w3.status).toBe('planned');

    const md = formatRolloutReport(json, 'markdown');
    expect(md).toMatch(/\| prod-w-3 \| worker \| .* \| ⚠️ drift: the node runs something Git never had \|/);
    expect(md).toContain(
      `<details open><summary>⚠️ <b>prod-w-3</b>: ${LABEL} (its config differs from the last applied commit)</summary>`,
    );
    expect(md).toContain('+        net.core.somaxconn: "65535"');
    expect(leaks(r.out + md, secrets)).toEqual([]);
  }, 120_000);

  it('without --base there is nothing to tell drift by: no label', async () => {
    const r = await dryRun();
    expect(r.code).toBe(0);
    expect(r.out).not.toContain(LABEL);
  }, 120_000);

  it('changed nothing on any node', () => {
    expect(x.sim.events.filter((e) => ['reboot-start', 'upgrade-start'].includes(e.type))).toEqual([]);
    // only the change made by hand was applied
    expect(x.sim.events.filter((e) => e.type === 'apply').length).toBe(1);
  });
});
