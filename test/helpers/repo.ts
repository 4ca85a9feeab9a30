/** Temporary git repositories built from the example fleet, for render/plan tests. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAgeIdentities } from '../../src/secrets/age-identities.js';
import { parseSecretsBundle, secretValuesOf } from '../../src/secrets/bundle.js';
import { decryptSopsFile } from '../../src/secrets/sops.js';

export const PROJECT = path.resolve(import.meta.dirname, '../..');
export const DEMO_KEY_FILE = path.join(PROJECT, 'clusters/demo-age-key.txt');

export function demoIdentities() {
  return loadAgeIdentities({ env: { SOPS_AGE_KEY_FILE: DEMO_KEY_FILE } });
}

/** The environment with a fixed git author and committer, for commits made by tests. */
export function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: gitEnv() });
}

/** A git repository holding a copy of the example fleet, committed once. */
export function exampleRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'talos-gitops-repo-'));
  cpSync(path.join(PROJECT, 'clusters'), path.join(dir, 'clusters'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'fleet');
  return dir;
}

export function edit(dir: string, file: string, change: (text: string) => string): void {
  const p = path.join(dir, file);
  writeFileSync(p, change(readFileSync(p, 'utf8')));
}

/** Every secret value of the example fleet's bundles, in every form the bundle parser knows. */
export async function exampleSecrets(dir = PROJECT): Promise<string[]> {
  const ids = await demoIdentities();
  const out: string[] = [];
  for (const c of ['staging', 'production']) {
    const file = path.join(dir, 'clusters', c, 'secrets.sops.yaml');
    const dec = await decryptSopsFile(readFileSync(file, 'utf8'), file, ids);
    out.push(...secretValuesOf(parseSecretsBundle(dec.values[0], file)));
  }
  return out;
}

export function leaks(text: string, secrets: string[]): string[] {
  return secrets.filter((s) => s.length >= 8 && text.includes(s));
}
