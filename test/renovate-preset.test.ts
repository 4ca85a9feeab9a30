/**
 * The Renovate preset (renovate/talos-gitops.json), run the way Renovate's regex manager runs it: each
 * manager's file patterns pick files, each match string is applied globally, named groups (currentValue,
 * depName, currentDigest) and templates give the dependency, and an update replaces the current value
 * inside the match. Checked on the example fleet and sample files; the patterns compile under RE2 (what
 * Renovate uses); and an update pull request it would open is planned as the upgrade it is.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RE2JS } from 're2js';
import { afterAll, describe, expect, it } from 'vitest';
import { planChange } from '../src/plan/plan.js';
import { gitRefFiles, workTreeFiles } from '../src/repo/files.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { demoIdentities, git, PROJECT } from './helpers/repo.js';

interface Manager {
  customType: string;
  managerFilePatterns: string[];
  matchStrings: string[];
  depNameTemplate?: string;
  datasourceTemplate?: string;
  versioningTemplate?: string;
}

interface Dep {
  file: string;
  depName: string;
  currentValue: string;
  currentDigest?: string;
  datasource: string;
  /** Where the match starts, and its text (Renovate's replaceString). */
  index: number;
  replaceString: string;
}

const preset = JSON.parse(readFileSync(path.join(PROJECT, 'renovate/talos-gitops.json'), 'utf8')) as {
  customManagers: Manager[];
  packageRules: Array<{ matchDepNames?: string[]; groupName?: string }>;
};

/** Renovate's managerFilePatterns: `/regex/` patterns (the only form the preset uses). */
function fileMatches(m: Manager, file: string): boolean {
  return m.managerFilePatterns.some((p) => {
    const re = /^\/(.*)\/$/.exec(p);
    if (!re) throw new Error(`not a regex pattern: ${p}`);
    return new RegExp(re[1]!).test(file);
  });
}

/** What the regex manager extracts from one file (matchStringsStrategy "any", the default). */
function extract(file: string, content: string): Dep[] {
  const deps: Dep[] = [];
  for (const m of preset.customManagers) {
    if (m.customType !== 'regex' || !fileMatches(m, file)) continue;
    for (const s of m.matchStrings) {
      for (const match of content.matchAll(new RegExp(s, 'g'))) {
        const g = match.groups ?? {};
        deps.push({
          file,
          depName: g.depName ?? m.depNameTemplate!,
          currentValue: g.currentValue!,
          currentDigest: g.currentDigest,
          datasource: g.datasource ?? m.datasourceTemplate!,
          index: match.index!,
          replaceString: match[0],
        });
      }
    }
  }
  return deps.sort((a, b) => a.index - b.index);
}

/** Renovate's update of one dependency: the current value replaced inside its match. */
function update(content: string, dep: Dep, newValue: string): string {
  const replaced = dep.replaceString.replace(dep.currentValue, newValue);
  return content.slice(0, dep.index) + replaced + content.slice(dep.index + dep.replaceString.length);
}

const summary = (deps: Dep[]) => deps.map((d) => `${d.datasource} ${d.depName} ${d.currentValue}`);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the Renovate preset', () => {
  it('is valid RE2 throughout (Renovate runs its patterns on RE2)', () => {
    for (const m of preset.customManagers) {
      expect(m.customType).toBe('regex');
      for (const s of m.matchStrings) expect(() => RE2JS.compile(s)).not.toThrow();
      for (const p of m.managerFilePatterns) expect(() => RE2JS.compile(p.slice(1, -1))).not.toThrow();
      expect(m.datasourceTemplate).toMatch(/^(github-releases|docker)$/);
    }
  });

  it('finds the versions of the example fleet, and only in cluster files', () => {
    const files = [
      'clusters/production/cluster.yaml',
      'clusters/staging/cluster.yaml',
      'clusters/shared/patches/kubelet.yaml',
    ];
    const deps = files.flatMap((f) => extract(f, readFileSync(path.join(PROJECT, f), 'utf8')));
    expect(summary(deps)).toEqual([
      'github-releases siderolabs/talos v1.13.9',
      'github-releases kubernetes/kubernetes v1.36.3',
      'github-releases siderolabs/talos v1.12.11',
      'github-releases kubernetes/kubernetes v1.35.4',
    ]);
    expect(extract('README.md', 'talosVersion: v1.13.9\n')).toEqual([]);
    expect(extract('docs/cluster.yaml', 'talosVersion: v1.13.9\n')).toEqual([]);
  });

  it('finds installer and kubelet pins in patches, quoted or not, with a registry mirror or a digest', () => {
    const patch = [
      'machine:',
      '  install:',
      '    image: ghcr.io/siderolabs/installer:v1.13.9',
      '  kubelet:',
      `    image: "registry.example.com:5000/siderolabs/kubelet:v1.36.3@sha256:${'a'.repeat(64)}"`,
      '---',
      'apiVersion: v1alpha1',
      'kind: UnattendedInstallConfig',
      'installer:',
      `  image: 'factory.talos.dev/metal-installer-secureboot/${'0123456789abcdef'.repeat(4)}:v1.14.0-rc.1'`,
      '',
    ].join('\n');
    const deps = extract('clusters/edge/patches/nodes/edge-1.yaml', patch);
    expect(summary(deps)).toEqual([
      'docker ghcr.io/siderolabs/installer v1.13.9',
      'docker registry.example.com:5000/siderolabs/kubelet v1.36.3',
      'github-releases siderolabs/talos v1.14.0-rc.1',
    ]);
    expect(deps[1]!.currentDigest).toBe(`sha256:${'a'.repeat(64)}`);
    // a talosVersion-like key inside a patch is not the cluster's version
    expect(extract('clusters/edge/patches/x.yaml', 'talosVersion: v1.13.9\n')).toEqual([]);
    // an image that is neither an installer nor a kubelet is left to Renovate's other managers
    expect(extract('clusters/edge/patches/x.yaml', 'image: docker.io/library/nginx:1.27.0\n')).toEqual([]);
  });

  it('groups each release into one pull request: Talos with its installers, Kubernetes with its kubelets', () => {
    const group = (dep: string) =>
      preset.packageRules.find((r) => r.groupName && r.matchDepNames?.includes(dep))?.groupName;
    expect(group('siderolabs/talos')).toBe('Talos');
    expect(group('ghcr.io/siderolabs/installer')).toBe('Talos');
    expect(group('kubernetes/kubernetes')).toBe('Kubernetes');
    expect(group('ghcr.io/siderolabs/kubelet')).toBe('Kubernetes');
  });

  it('its update pull request is planned as a Talos upgrade of every node of the cluster', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'talos-gitops-renovate-'));
    dirs.push(repo);
    cpSync(path.join(PROJECT, 'clusters'), path.join(repo, 'clusters'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'fleet');
    const file = 'clusters/production/cluster.yaml';
    const content = readFileSync(path.join(repo, file), 'utf8');
    const talos = extract(file, content).find((d) => d.depName === 'siderolabs/talos')!;
    writeFileSync(path.join(repo, file), update(content, talos, 'v1.13.10'));
    expect(readFileSync(path.join(repo, file), 'utf8')).toContain('\ntalosVersion: v1.13.10\n');

    const { plan } = await planChange({
      base: gitRefFiles(repo, 'HEAD'),
      head: workTreeFiles(repo),
      identities: await demoIdentities(),
      registry: new SecretRegistry(),
    });
    const prod = plan.clusters.find((c) => c.name === 'production')!;
    expect(prod.nodes).toHaveLength(7);
    for (const n of prod.nodes) expect(n.impacts, n.name).toContain('talos-upgrade');
    expect(
      plan.clusters.find((c) => c.name === 'staging')!.nodes.every((n) => n.status === 'unchanged'),
    ).toBe(true);
  });
});
