/**
 * The published package, as a user gets it: `npm pack` here, `npm install <tgz> --offline` in an empty
 * folder with an empty npm cache (so nothing can come from a registry), then the installed bin runs
 * `--help` and the demo on the example fleet the package ships.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/repo.js';

const scratch: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};

let installed = '';
let npmEnv: NodeJS.ProcessEnv = {};

function npm(cwd: string, args: string[]): string {
  return execFileSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function bin(args: string[], cwd: string): string {
  const cli = path.join(installed, 'node_modules', '.bin', 'talos-gitops');
  const env = { ...process.env };
  delete env.SOPS_AGE_KEY;
  delete env.SOPS_AGE_KEY_FILE;
  return execFileSync(cli, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the packed package', () => {
  beforeAll(() => {
    npmEnv = {
      ...process.env,
      npm_config_cache: temp('talos-gitops-npm-cache-'),
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    const packed = temp('talos-gitops-pack-');
    npm(PROJECT, ['pack', '--pack-destination', packed, '--silent']);
    const tgz = readdirSync(packed).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error('npm pack wrote no tarball');
    installed = temp('talos-gitops-install-');
    npm(installed, ['install', '--offline', '--no-package-lock', path.join(packed, tgz)]);
  }, 120_000);

  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it('has no runtime dependencies: the bin is one self-contained bundle', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(installed, 'node_modules', 'talos-gitops', 'package.json'), 'utf8'),
    );
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    // nothing but the package itself was installed
    expect(readdirSync(path.join(installed, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual([
      'talos-gitops',
    ]);
  });

  it('runs --help from an empty folder', () => {
    const out = bin(['--help'], temp('talos-gitops-empty-'));
    expect(out).toContain('Usage: talos-gitops <command>');
    expect(out).toContain('demo');
  });

  it('runs the demo on the example fleet it ships', () => {
    const out = bin(['demo', '--reboot-ms', '40'], temp('talos-gitops-empty-'));
    expect(out).toContain('Validation: no findings above notice');
    expect(out).toMatch(/Rollout done in [\d.]+m?s: 10 applied/);
  }, 120_000);
});
