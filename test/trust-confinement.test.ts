/**
 * Hostile corpus, confinement: a pull request cannot make the engine read outside the repository.
 * Symbolic links (in the work tree and committed in a git tree), `..` paths and absolute paths are
 * refused at the file and line that named them, and nothing outside is opened: the targets here are
 * FIFOs, which would block any read, and the runner's environment (/proc/self/environ).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRepo } from '../src/plan/plan.js';
import { renderFleet } from '../src/render/render.js';
import { gitRefFiles, workTreeFiles } from '../src/repo/files.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { cli, scratchDir, scratchRepo } from './helpers/hostile.js';
import { demoIdentities, edit, git } from './helpers/repo.js';

const CANARY = 'runner-env-canary-7f3a9c2e41';
process.env.TRUST_CANARY = CANARY;

/** A FIFO outside the repository: opening it for reading would hang the test. */
function fifoOutside(): string {
  const p = path.join(scratchDir(), 'pipe');
  execFileSync('mkfifo', [p]);
  return p;
}

function lineOf(dir: string, file: string, needle: string): number {
  const text = execFileSync('cat', [path.join(dir, file)], { encoding: 'utf8' });
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('symbolic links in the work tree', () => {
  it('a patch linked to the runner environment is refused at the cluster.yaml line naming it', async () => {
    const dir = scratchRepo();
    const patch = path.join(dir, 'clusters/staging/patches/worker.yaml');
    rmSync(patch);
    symlinkSync('/proc/self/environ', patch);
    const line = lineOf(dir, 'clusters/staging/cluster.yaml', 'patches/worker.yaml');
    for (const args of [['render', '--out', 'out'], ['validate'], ['plan', '--base', 'HEAD']]) {
      const r = await cli(dir, args);
      expect(r.code, args[0]).toBe(1);
      expect(r.ms).toBeLessThan(10_000);
      expect(r.stdout + r.stderr).not.toContain(CANARY);
      expect(r.stdout + r.stderr).toContain(`clusters/staging/cluster.yaml:${line}`);
      expect(r.stdout + r.stderr).toMatch(/leads outside the repository/);
    }
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('never opens the target: patches, bundles, bases and policies linked to FIFOs', async () => {
    const dir = scratchRepo();
    const link = (rel: string) => {
      const p = path.join(dir, rel);
      rmSync(p, { force: true });
      mkdirSync(path.dirname(p), { recursive: true });
      symlinkSync(fifoOutside(), p);
    };
    link('clusters/staging/patches/nodes/stg-w-1.yaml');
    link('clusters/production/secrets.sops.yaml');
    link('policies/team.yaml');
    const r = await cli(dir, ['validate', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> }).findings;
    const bad = findings.filter((f) => /leads outside the repository/.test(String(f.message)));
    expect(bad.map((f) => [f.rule, f.file])).toEqual(
      expect.arrayContaining([
        ['render/error', 'clusters/production/cluster.yaml'],
        ['render/error', 'clusters/staging/cluster.yaml'],
        ['policy/invalid', 'policies/team.yaml'],
      ]),
    );
    for (const f of bad) expect(f.line).toBeGreaterThan(0);
  });

  it('a linked folder: a cluster folder outside, and a patch folder leading out', async () => {
    const dir = scratchRepo();
    const outside = scratchDir();
    cpSync(path.join(dir, 'clusters/staging'), path.join(outside, 'staging'), { recursive: true });
    symlinkSync(path.join(outside, 'staging'), path.join(dir, 'clusters/evil'));
    rmSync(path.join(dir, 'clusters/production/patches/nodes'), { recursive: true });
    symlinkSync(fifoOutside().replace(/\/pipe$/, ''), path.join(dir, 'clusters/production/patches/nodes'));
    const r = await cli(dir, ['render', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cluster evil: clusters\/evil\/cluster.yaml.*leads outside the repository/);
    expect(r.stderr).toMatch(
      /cluster production: clusters\/production\/cluster.yaml:\d+: patch clusters\/production\/patches\/nodes\/prod-cp-1.yaml leads outside/,
    );
    expect(r.stderr).toContain('nothing was written');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('links that stay inside the repository are followed', async () => {
    const dir = scratchRepo();
    const patch = path.join(dir, 'clusters/staging/patches/worker.yaml');
    cpSync(patch, path.join(dir, 'clusters/shared/patches/worker-copy.yaml'));
    rmSync(patch);
    symlinkSync('../../shared/patches/worker-copy.yaml', patch);
    // an absolute link into the work tree itself is inside too
    const node = path.join(dir, 'clusters/staging/patches/nodes/stg-w-1.yaml');
    cpSync(node, path.join(dir, 'clusters/shared/patches/stg-w-1.yaml'));
    rmSync(node);
    symlinkSync(path.join(dir, 'clusters/shared/patches/stg-w-1.yaml'), node);
    const r = await cli(dir, ['render', '--out', 'out']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('`..` and absolute paths in cluster.yaml are refused at their line', async () => {
    const dir = scratchRepo();
    edit(dir, 'clusters/staging/cluster.yaml', (t) =>
      t
        .replace('patches/nodes/stg-w-1.yaml', '../../../../etc/passwd')
        .replace('patches/nodes/stg-w-2.yaml', '/etc/passwd'),
    );
    const line = lineOf(dir, 'clusters/staging/cluster.yaml', '../../../../etc/passwd');
    const r = await cli(dir, ['render', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`clusters/staging/cluster.yaml:${line}: patch path`);
    expect(r.stderr).toContain('leaves the repository');
  });
});

describe('symbolic links committed in a git tree (the base side of a plan)', () => {
  it('are resolved inside the tree, and refused when they lead out', async () => {
    const dir = scratchRepo();
    const patch = path.join(dir, 'clusters/staging/patches/worker.yaml');
    rmSync(patch);
    symlinkSync('/proc/self/environ', patch);
    const inside = path.join(dir, 'clusters/staging/patches/nodes/stg-w-2.yaml');
    cpSync(inside, path.join(dir, 'clusters/shared/patches/w2.yaml'));
    rmSync(inside);
    symlinkSync('../../../shared/patches/w2.yaml', inside);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'links');
    // Remove the work tree's links so only git's tree has them.
    rmSync(patch);
    writeFileSync(patch, 'machine: {}\n');
    const files = gitRefFiles(dir, 'HEAD');
    expect(() => files.read('clusters/staging/patches/worker.yaml')).toThrow(/leads outside the repository/);
    expect(files.read('clusters/staging/patches/nodes/stg-w-2.yaml')).toContain('kind: HostnameConfig');
    const rendered = await renderFleet({
      files,
      identities: await demoIdentities(),
      registry: new SecretRegistry(),
    });
    expect(rendered.errors.map((e) => e.error.describe())).toEqual([
      expect.stringMatching(
        /^clusters\/staging\/cluster.yaml:\d+: patch clusters\/staging\/patches\/worker.yaml leads outside the repository/,
      ),
    ]);
    const { plan } = await planRepo({
      root: dir,
      baseRef: 'HEAD',
      identities: await demoIdentities(),
      registry: new SecretRegistry(),
    });
    expect(JSON.stringify(plan)).not.toContain(CANARY);
    expect(plan.clusters.find((c) => c.name === 'staging')!.hidden.join(' ')).toMatch(/leads outside/);
  });

  it('the work tree resolver reads the same tree the same way', () => {
    const dir = scratchRepo();
    const files = workTreeFiles(dir);
    expect(files.isDirectory('clusters/staging')).toBe(true);
    expect(() => files.read('../x')).toThrow(/leads outside the repository/);
    expect(() => files.read('/etc/passwd')).toThrow(/an absolute path/);
  });
});
