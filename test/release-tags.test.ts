/**
 * scripts/release.mjs, the tagging step of the release workflow, on a scratch repository with a bare
 * remote: `vX.Y.Z` is created, the major tag `vX` follows every release of its major version, nothing is
 * ever re-tagged, and the version must agree with package.json and CHANGELOG.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git, gitEnv, PROJECT } from './helpers/repo.js';

const SCRIPT = path.join(PROJECT, 'scripts/release.mjs');
const dirs: string[] = [];

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function scratchRepo(): { work: string; remote: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'talos-gitops-release-'));
  dirs.push(root);
  const remote = path.join(root, 'remote.git');
  const work = path.join(root, 'work');
  execFileSync('git', ['init', '-q', '--bare', remote]);
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  git(work, 'remote', 'add', 'origin', remote);
  return { work, remote };
}

function commitRelease(
  work: string,
  version: string,
  changelog = `## [${version}] - 2026-12-01\n\n- things\n`,
) {
  writeFileSync(path.join(work, 'package.json'), `${JSON.stringify({ name: 'talos-gitops', version })}\n`);
  writeFileSync(path.join(work, 'CHANGELOG.md'), `# Changelog\n\n## [Unreleased]\n\n${changelog}`);
  git(work, 'add', '-A');
  git(work, 'commit', '-qm', `release ${version}`);
  return git(work, 'rev-parse', 'HEAD').trim();
}

function release(work: string, ...args: string[]) {
  const r = spawnSync('node', [SCRIPT, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: gitEnv(),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tagAt = (repo: string, tag: string) => git(repo, 'rev-parse', `${tag}^{commit}`).trim();

describe('release tagging', () => {
  it('tags vX.Y.Z, moves vX along, and pushes both', () => {
    const { work, remote } = scratchRepo();
    const first = commitRelease(work, '1.2.0');
    const notes = path.join(work, '..', 'notes.md');
    expect(release(work, '--version', '1.2.0', '--push', '--notes', notes)).toMatchObject({ code: 0 });
    expect(tagAt(remote, 'v1.2.0')).toBe(first);
    expect(tagAt(remote, 'v1')).toBe(first);
    expect(readFileSync(notes, 'utf8')).toBe('- things\n');

    const second = commitRelease(work, '1.3.0');
    expect(release(work, '--push').code).toBe(0); // the version defaults to package.json's
    expect(tagAt(remote, 'v1.3.0')).toBe(second);
    expect(tagAt(remote, 'v1')).toBe(second);
    expect(tagAt(remote, 'v1.2.0')).toBe(first);
  });

  it('a pre-release gets its own tag and leaves the major tag where it was', () => {
    const { work } = scratchRepo();
    const stable = commitRelease(work, '2.0.0');
    expect(release(work).code).toBe(0);
    commitRelease(work, '2.1.0-rc.1');
    expect(release(work).code).toBe(0);
    expect(tagAt(work, 'v2')).toBe(stable);
    expect(git(work, 'tag', '--list').split('\n').filter(Boolean).sort()).toEqual([
      'v2',
      'v2.0.0',
      'v2.1.0-rc.1',
    ]);
  });

  it('refuses a version package.json or CHANGELOG.md does not carry, a dirty tree and a re-tag', () => {
    const { work } = scratchRepo();
    commitRelease(work, '1.0.0', '## [0.9.0]\n\n- old\n');
    expect(release(work, '--version', '1.0.1').err).toContain('package.json says 1.0.0, not 1.0.1');
    expect(release(work).err).toContain('CHANGELOG.md has no "## [1.0.0]" section');
    commitRelease(work, '1.0.0');
    writeFileSync(path.join(work, 'stray.txt'), 'x');
    expect(release(work).err).toContain('uncommitted changes');
    rmSync(path.join(work, 'stray.txt'));
    expect(release(work).code).toBe(0);
    const again = release(work);
    expect(again.code).toBe(1);
    expect(again.err).toContain('tag v1.0.0 exists already');
  });
});
