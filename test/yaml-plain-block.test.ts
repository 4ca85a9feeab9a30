/**
 * The fast path for plain block YAML (src/yaml/plain-block.ts) is held to the `yaml` package: on every
 * YAML file of the project (and Talos's conformance inputs, where ../shared is beside it) and on
 * thousands of mutations of them, it either declines or builds exactly the tree the `yaml` package's
 * path builds — never a tree for text that path refuses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainBlockYaml } from '../src/yaml/plain-block.js';
import { parseYamlDocuments, yamlPackageDocuments } from '../src/yaml/ynode.js';

const root = path.resolve(import.meta.dirname, '..');

function yamlFiles(dir: string, skip = new Set(['node_modules', 'build', 'dist', '.git'])): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = path.join(dir, n);
    if (skip.has(n)) return [];
    if (statSync(p).isDirectory()) return yamlFiles(p, skip);
    return /\.ya?ml$/.test(n) ? [p] : [];
  });
}

const corpus = [...yamlFiles(root), ...yamlFiles(path.join(root, '..', 'shared', 'conformance'))]
  .map((p) => ({ file: path.relative(root, p), text: readFileSync(p, 'utf8') }))
  .filter((f) => f.text.length < 200_000);

/** The fast path's answer must be the `yaml` package's, or no answer. */
function agrees(text: string): 'fast' | 'declined' {
  const fast = parsePlainBlockYaml(text);
  if (fast === undefined) return 'declined';
  let slow: ReturnType<typeof yamlPackageDocuments> | Error;
  try {
    slow = yamlPackageDocuments(text, 'f.yaml');
  } catch (e) {
    slow = e as Error;
  }
  expect(slow, `the yaml package refuses what the fast path took:\n${text}`).not.toBeInstanceOf(Error);
  expect(fast, text).toEqual(slow);
  return 'fast';
}

/** A small deterministic generator (the mutations are the same on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '\n', 'x'];
const MORE = ['&a ', '*a', '!', '|', '>', '?', '---\n', '...', '%', '@', '\\', "''", ':x', '\n  ', '~'];

function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  switch (Math.floor(next() * 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + pick(INSERTS) + text.slice(at);
    case 2:
      return text.slice(0, at) + pick(MORE) + text.slice(at);
    case 3: {
      // a line's indentation changed by one or two spaces
      const lines = text.split('\n');
      const i = Math.floor(next() * lines.length);
      lines[i] = next() < 0.5 ? ` ${lines[i]}` : lines[i]!.replace(/^ {1,2}/, '');
      return lines.join('\n');
    }
    default: {
      const lines = text.split('\n');
      const i = Math.floor(next() * lines.length);
      lines.splice(i, 0, lines[Math.floor(next() * lines.length)]!);
      return lines.join('\n');
    }
  }
}

describe('the fast path for plain block YAML', () => {
  it('builds what the yaml package builds, on every YAML file here', () => {
    expect(corpus.length).toBeGreaterThan(100);
    const taken = corpus.filter((f) => agrees(f.text) === 'fast');
    // most of what a fleet holds is in the subset: the example fleet's cluster files and patches,
    // and Talos's conformance patches where ../shared is beside the project (the project's other
    // YAML, kind fixtures and policy packs, is mostly outside it)
    const fleet = corpus.filter((f) => f.file.startsWith('clusters/') || f.file.startsWith('../shared/'));
    expect(fleet.length).toBeGreaterThan(10);
    expect(taken.filter((f) => fleet.includes(f)).length).toBeGreaterThan(fleet.length / 2);
    expect(taken.map((f) => f.file)).toContain('clusters/production/cluster.yaml');
  });

  it('declines or agrees on mutations of them', () => {
    const next = rng(20261203);
    let fast = 0;
    const small = corpus.filter((f) => f.text.length < 4_000);
    for (let n = 0; n < 20_000; n++) {
      let text = small[Math.floor(next() * small.length)]!.text;
      for (let m = 1 + Math.floor(next() * 3); m > 0; m--) text = mutate(text, next);
      if (agrees(text) === 'fast') fast++;
    }
    // the mutations reach the fast path often enough to test it (about a fifth of them, with or
    // without ../shared's inputs)
    expect(fast).toBeGreaterThan(3_000);
  });

  it('agrees on the shapes cluster files and patches are written in', () => {
    const cases = [
      'name: a\nnodes:\n  - name: n1\n    address: 10.0.0.1\n    patches: [nodes/n1.yaml]\n',
      'nodes:\n- name: n1\n  role: worker\nstage: prod\n',
      'controlplane: {patches: [../shared/cp.yaml, "x y"]}\n',
      'machine:\n  kubelet:\n    extraArgs:\n      rotate-server-certificates: "true"\n',
      "a: 'it''s'   # a comment\nb: http://x:80/y\nc: -1\nd: b,c\n",
      'apiVersion: v1alpha1\nkind: HostnameConfig\nauto:\n  $patch: delete\n---\napiVersion: v1alpha1\nkind: LinkConfig\nname: eth0\n',
      '"quoted key": value\n? complex\n',
      'a: {}\nb: []\nc: [ [1, 2], {k: v} ]\n',
    ];
    for (const c of cases) agrees(c);
    expect(parsePlainBlockYaml(cases[0]!)).toBeDefined();
    expect(parsePlainBlockYaml(cases[6]!)).toBeUndefined();
  });

  it('leaves errors to the yaml package path, which names the line', () => {
    expect(() => parseYamlDocuments('a: 1\na: 2\n', 'dup.yaml')).toThrow(/duplicate key.*"a"/);
    expect(() => parseYamlDocuments('a:\n  b: 1\n c: 2\n', 'bad.yaml')).toThrow();
  });
});
