/**
 * `engines` tells the truth: the Node version the CLI declares is the strictest minimum of the packages
 * bundled into dist/cli.js, and the action's runtime (action.yml `runs.using`) satisfies every package
 * bundled into dist/index.js. The bundles are what users run, so their inputs are what counts (esbuild's
 * metafile lists them), not the dependency tree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { PROJECT } from './helpers/repo.js';

type Version = [number, number, number];

const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
  return [major, minor, patch];
}

/** The lowest Node version a semver range such as ">= 20.19.0", "6.* || 8.* || >= 10.*" admits. */
function lowestAdmitted(range: string): Version {
  const alternatives = range.split('||').map((alt) => {
    const comparators = alt
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/);
    const lower = comparators.find((c) => /^(>=|>|=|\^|~)?v?\d/.test(c));
    return lower ? parseVersion(lower.replace(/^(>=|>|=|\^|~)/, '')) : ([0, 0, 0] as Version);
  });
  return alternatives.sort(cmp)[0] ?? [0, 0, 0];
}

/** Every package bundled into one entry point, with its own `engines.node`. */
async function bundledEngines(entry: string): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: [path.join(PROJECT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: PROJECT,
  });
  const packages = new Map<string, string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
    if (!m || packages.has(m[1]!)) continue;
    const manifest = JSON.parse(readFileSync(path.join(PROJECT, m[1]!, 'package.json'), 'utf8'));
    packages.set(m[1]!, manifest.engines?.node ?? '*');
  }
  return packages;
}

function strictest(engines: Map<string, string>): { version: Version; by: string[] } {
  let version: Version = [0, 0, 0];
  let by: string[] = [];
  for (const [pkg, range] of engines) {
    const low = lowestAdmitted(range);
    const c = cmp(low, version);
    if (c > 0) {
      version = low;
      by = [pkg];
    } else if (c === 0) by.push(pkg);
  }
  return { version, by };
}

const manifest = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8'));

describe('engines', () => {
  it('reads the lower bound of the ranges npm packages use', () => {
    expect(lowestAdmitted('>= 20.19.0')).toEqual([20, 19, 0]);
    expect(lowestAdmitted('>=22')).toEqual([22, 0, 0]);
    expect(lowestAdmitted('6.* || 8.* || >= 10.*')).toEqual([6, 0, 0]);
    expect(lowestAdmitted('>=0.6.11 <=0.7.0 || >=0.7.3')).toEqual([0, 6, 11]);
    expect(lowestAdmitted('*')).toEqual([0, 0, 0]);
  });

  it('the CLI declares exactly what its bundled packages need', async () => {
    const need = strictest(await bundledEngines('src/cli/main.ts'));
    expect(lowestAdmitted(manifest.engines.node)).toEqual(need.version);
    // the CLI bundle carries no GitHub package (src/ never imports one)
    const engines = await bundledEngines('src/cli/main.ts');
    expect([...engines.keys()].filter((p) => /@actions|@octokit/.test(p))).toEqual([]);
  });

  it('the action runtime satisfies every package bundled into the action', async () => {
    const action = YAML.parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8'));
    const runtime = /^node(\d+)$/.exec(action.runs.using);
    expect(runtime).not.toBeNull();
    const need = strictest(await bundledEngines('action/main.ts'));
    // today @actions/github pulls in content-type 3, which needs Node 22: more than the CLI needs
    expect(need.version[0]).toBeGreaterThan(lowestAdmitted(manifest.engines.node)[0]);
    expect(Number(runtime![1])).toBeGreaterThanOrEqual(need.version[0]);
  });

  it('runtime dependencies are empty: both entry points are self-contained bundles', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin['talos-gitops']).toBe('dist/cli.js');
  });
});
