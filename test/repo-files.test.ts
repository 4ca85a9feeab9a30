/**
 * Reading a repository at a git ref: the same contents as the work tree it was committed from, read
 * with a handful of git processes whatever the number of files, and content ids that agree with git's
 * own object ids on every side (work tree, ref, memory), so a plan can compare files without reading them.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRefFiles, memoryFiles, overlayFiles, workTreeFiles } from '../src/repo/files.js';
import { exampleRepo, git } from './helpers/repo.js';

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

function allFiles(dir: string, files: ReturnType<typeof workTreeFiles>, at = ''): string[] {
  return files.list(at).flatMap((n) => {
    const p = at ? `${at}/${n}` : n;
    if (p === '.git') return [];
    return files.isDirectory(p) ? allFiles(dir, files, p) : [p];
  });
}

/** A `git` first on PATH that logs each invocation's subcommand, then runs the real one. */
function countingGit(): { env: string; log: string } {
  const bin = mkdtempSync(path.join(tmpdir(), 'talos-gitops-git-'));
  cleanup.push(bin);
  const log = path.join(bin, 'calls.log');
  const real = git(bin, '--exec-path').trim();
  writeFileSync(
    path.join(bin, 'git'),
    `#!/bin/sh\necho "$3" >> "${log}"\nexec "${path.join(real, 'git')}" "$@"\n`,
  );
  chmodSync(path.join(bin, 'git'), 0o755);
  writeFileSync(log, '');
  return { env: `${bin}${path.delimiter}${process.env.PATH}`, log };
}

describe('files at a git ref', () => {
  it('reads what was committed in one git process when told what will be read', async () => {
    const dir = exampleRepo();
    cleanup.push(dir);
    // a fleet-sized folder: 300 more files
    for (let i = 0; i < 300; i++) {
      const d = path.join(dir, 'clusters', 'extra', `n${i % 10}`);
      mkdirSync(d, { recursive: true });
      writeFileSync(path.join(d, `f${i}.yaml`), `machine:\n  nodeLabels:\n    i: "${i}"\n`);
    }
    writeFileSync(path.join(dir, 'README.md'), '# fleet\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'more files');
    const tree = workTreeFiles(dir);
    const paths = allFiles(dir, tree);
    expect(paths.length).toBeGreaterThan(320);

    const { env, log } = countingGit();
    const saved = process.env.PATH;
    process.env.PATH = env;
    let ref: ReturnType<typeof gitRefFiles>;
    let texts: Array<string | undefined>;
    try {
      ref = gitRefFiles(dir, 'HEAD');
      ref.prefetch?.(paths);
      texts = paths.map((p) => ref.read(p));
    } finally {
      process.env.PATH = saved;
    }
    expect(texts).toEqual(paths.map((p) => tree.read(p)));
    const calls = (await import('node:fs')).readFileSync(log, 'utf8').trim().split('\n');
    // rev-parse, ls-tree, then one cat-file for every file's size (a large one is refused unread)
    // and one for every file's contents
    expect(calls).toEqual(['rev-parse', 'ls-tree', 'cat-file', 'cat-file']);
    expect(ref.read('clusters/nope.yaml')).toBeUndefined();
    expect(ref.read('clusters')).toBeUndefined();
  });

  it('reads a file nobody announced with the rest of its folder, and nothing else', async () => {
    const dir = exampleRepo();
    cleanup.push(dir);
    for (let i = 0; i < 20; i++) {
      mkdirSync(path.join(dir, 'clusters', 'extra'), { recursive: true });
      writeFileSync(path.join(dir, 'clusters', 'extra', `f${i}.yaml`), `i: ${i}\n`);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'more files');
    const { env, log } = countingGit();
    const saved = process.env.PATH;
    process.env.PATH = env;
    try {
      const ref = gitRefFiles(dir, 'HEAD');
      for (let i = 0; i < 20; i++) expect(ref.read(`clusters/extra/f${i}.yaml`)).toBe(`i: ${i}\n`);
      expect(ref.read('clusters/staging/cluster.yaml')).toContain('name:');
    } finally {
      process.env.PATH = saved;
    }
    const calls = (await import('node:fs')).readFileSync(log, 'utf8').trim().split('\n');
    // for clusters/extra/ (all 20 files) and for clusters/staging/: one cat-file for the sizes, one
    // for the contents
    expect(calls.filter((c) => c === 'cat-file')).toHaveLength(4);
  });

  it('gives every file the id git gives it, on every kind of side', () => {
    const dir = exampleRepo();
    cleanup.push(dir);
    const file = 'clusters/staging/cluster.yaml';
    const id = git(dir, 'rev-parse', `HEAD:${file}`).trim();
    const tree = workTreeFiles(dir);
    const ref = gitRefFiles(dir, 'HEAD');
    const mem = memoryFiles({ [file]: tree.read(file)! });
    expect([tree.contentId(file), ref.contentId(file), mem.contentId(file)]).toEqual([id, id, id]);
    expect([tree.contentId('nope'), ref.contentId('nope'), mem.contentId('nope')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const over = overlayFiles(ref, {
      [file]: `${tree.read(file)}# edited\n`,
      'clusters/gone.yaml': undefined,
    });
    expect(over.contentId(file)).not.toBe(id);
    expect(over.contentId('clusters/production/cluster.yaml')).toBe(
      ref.contentId('clusters/production/cluster.yaml'),
    );
    expect(over.contentId('clusters/gone.yaml')).toBeUndefined();
  });

  it("takes a clean work tree file's id from the git index, and hashes anything git has not vouched for", async () => {
    const dir = exampleRepo();
    cleanup.push(dir);
    const fs = await import('node:fs');
    const clean = 'clusters/production/cluster.yaml';
    const edited = 'clusters/staging/cluster.yaml';
    writeFileSync(path.join(dir, edited), `${fs.readFileSync(path.join(dir, edited), 'utf8')}# edited\n`);
    writeFileSync(path.join(dir, 'clusters/untracked.yaml'), 'a: 1\n');
    // a tracked folder replaced by a link out of the repository: git sees its files as deleted
    const outside = mkdtempSync(path.join(tmpdir(), 'talos-gitops-outside-'));
    cleanup.push(outside);
    const linked = git(dir, 'ls-files', 'clusters/production')
      .split('\n')
      .find((p) => p.endsWith('.yaml') && p !== clean && p.split('/').length > 3);
    if (linked) {
      const folder = path.dirname(linked);
      fs.cpSync(path.join(dir, folder), outside, { recursive: true });
      rmSync(path.join(dir, folder), { recursive: true });
      fs.symlinkSync(outside, path.join(dir, folder));
    }
    const ids = [`:${clean}`].map((p) => git(dir, 'rev-parse', p).trim());
    ids.push(...[edited, 'clusters/untracked.yaml'].map((p) => git(dir, 'hash-object', p).trim()));
    const { env, log } = countingGit();
    const saved = process.env.PATH;
    process.env.PATH = env;
    const tree = workTreeFiles(dir);
    try {
      expect([clean, edited, 'clusters/untracked.yaml'].map((p) => tree.contentId(p))).toEqual(ids);
      if (linked) expect(() => tree.contentId(linked)).toThrow(/outside|leaves/);
    } finally {
      process.env.PATH = saved;
    }
    expect(linked).toBeDefined();
    // the index is read once (and git asked once what changed), whatever the number of files
    const calls = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(calls).toEqual(['ls-files', 'diff-files']);
  });
});
