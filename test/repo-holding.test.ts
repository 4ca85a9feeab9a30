/**
 * Which files may hold a string, asked of git at once for the files it vouches for (the plan's
 * look for a re-planned cluster's static addresses in every other cluster's files): a file left out
 * holds none; a file git cannot vouch for (changed, untracked, replaced) is always in, to be read.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryFiles, overlayFiles, workTreeFiles } from '../src/repo/files.js';
import { edit, exampleRepo, git } from './helpers/repo.js';

const NODE_PATCH = 'clusters/production/patches/nodes/prod-w-1.yaml';

describe('files holding a string', () => {
  it('are found through git for clean files, and every other file is in', () => {
    const dir = exampleRepo();
    // a name git would read as a glob, and a file at the top of the repository
    writeFileSync(path.join(dir, 'clusters/shared/patches/[ab].yaml'), 'machine:\n  certSANs: [10.77.0.1]\n');
    writeFileSync(path.join(dir, 'clusters/shared/patches/a.yaml'), 'x: 1\n');
    writeFileSync(path.join(dir, 'top.yaml'), 'x: 10.77.0.2\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'more');
    // changed after the commit: git no longer vouches for it, so it is read whatever it holds
    edit(dir, 'clusters/shared/patches/kubelet.yaml', (t) => `${t}# touched\n`);
    writeFileSync(path.join(dir, 'clusters/shared/patches/untracked.yaml'), 'x: 1\n');
    const files = workTreeFiles(dir);
    const asked = [
      NODE_PATCH,
      'clusters/shared/patches/[ab].yaml',
      'clusters/shared/patches/a.yaml',
      'top.yaml',
      'clusters/shared/patches/kubelet.yaml',
      'clusters/shared/patches/untracked.yaml',
      'clusters/staging/cluster.yaml',
    ];
    const address = files.read(NODE_PATCH)!.match(/\d+\.\d+\.\d+\.\d+/)![0];
    expect([...files.holding!(asked, [address, '10.77.0.1', '10.77.0.2'])].sort()).toEqual(
      [
        NODE_PATCH,
        'clusters/shared/patches/[ab].yaml',
        'top.yaml',
        'clusters/shared/patches/kubelet.yaml',
        'clusters/shared/patches/untracked.yaml',
      ].sort(),
    );
    // a string no file holds leaves only the files git cannot vouch for
    expect([...files.holding!(asked, ['10.255.255.254'])].sort()).toEqual([
      'clusters/shared/patches/kubelet.yaml',
      'clusters/shared/patches/untracked.yaml',
    ]);
  });

  it('include a replaced file, and are not asked of a reader that cannot tell', () => {
    const dir = exampleRepo();
    const replaced = overlayFiles(workTreeFiles(dir), { 'clusters/staging/cluster.yaml': 'x: 1\n' });
    expect([...replaced.holding!(['clusters/staging/cluster.yaml', NODE_PATCH], ['10.255.255.254'])]).toEqual(
      ['clusters/staging/cluster.yaml'],
    );
    expect(memoryFiles({ 'a.yaml': '10.0.0.1' }).holding).toBeUndefined();
  });
});
