/** The README's main command: the whole story on the example fleet, with simulated nodes. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { captureIo } from './helpers/io.js';
import { exampleSecrets, leaks, PROJECT } from './helpers/repo.js';

describe('talos-gitops demo', () => {
  it('plans, validates and rolls out a change on the example fleet, leaking no secret', async () => {
    const io = captureIo(PROJECT, {});
    expect(await runCli(['demo', '--reboot-ms', '40'], io)).toBe(0);
    const out = io.stdout + io.stderr;
    expect(out).toMatch(
      /\* same change on 4 nodes: production: prod-w-1…prod-w-4: needs a reboot\n\s+why: machine\.env/,
    );
    expect(out).toContain('Validation: no findings above notice');
    expect(out).toMatch(/Rollout done in [\d.]+m?s: 10 applied/);
    expect(out).toContain('etcd leadership forfeited');
    // every node is drained before its kubelet restarts; production's workload is evicted
    expect(out).toMatch(/production: drained before disruption: .*prod-w-\d 1 pod\(s\) evicted/);
    // staging's Kubernetes version moves in upgrade-k8s's order
    expect(out).toMatch(
      /staging: Kubernetes v1\.35\.4 → v1\.35\.5: kube-apiserver on stg-cp-1 → kube-controller-manager on stg-cp-1 → kube-scheduler on stg-cp-1 → kube-proxy on stg-cp-1 → kubelet on stg-cp-1 → kubelet on stg-w-1 .*→ manifests/,
    );
    expect(leaks(out, await exampleSecrets())).toEqual([]);
    if (process.env.DEMO_OUT) (await import('node:fs')).writeFileSync(process.env.DEMO_OUT, out);
  }, 120_000);

  it('--from-scratch brings the empty fleet up from maintenance mode with one bootstrap per cluster', async () => {
    const io = captureIo(PROJECT, {});
    expect(await runCli(['demo', '--from-scratch', '--reboot-ms', '40'], io)).toBe(0);
    const out = io.stdout + io.stderr;
    expect(out).toContain('waits in maintenance mode');
    expect(out).toMatch(/new: joins the cluster/);
    expect(out).toMatch(/Bootstraps: 2 \(/);
    expect(out).toContain('A re-run of the apply: 0 node(s) changed, 0 bootstrap(s)');
    expect(leaks(out, await exampleSecrets())).toEqual([]);
    if (process.env.DEMO_OUT) (await import('node:fs')).writeFileSync(`${process.env.DEMO_OUT}.scratch`, out);
  }, 120_000);
});
