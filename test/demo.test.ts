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
    expect(leaks(out, await exampleSecrets())).toEqual([]);
  }, 60_000);
});
