/**
 * Choosing annotations: GitHub shows 10 per kind per step, so the most important 10 of each kind,
 * the same ones whatever the input order, identical findings across nodes as one, and everything
 * else handed to the job summary.
 */
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_KIND, selectAnnotations } from '../src/plan/annotations.js';
import { renderErrorFindings } from '../src/plan/facts.js';
import type { Finding, Severity } from '../src/validate/types.js';

const f = (rule: string, severity: Severity, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  message: `${rule} failed`,
  ...extra,
});

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('selectAnnotations', () => {
  const findings: Finding[] = [
    ...Array.from({ length: 30 }, (_, i) =>
      f(`e/${String(i).padStart(2, '0')}`, 'error', { file: `clusters/a/p${i}.yaml`, line: i + 1 }),
    ),
    ...Array.from({ length: 12 }, (_, i) =>
      f(`w/${i}`, 'warning', { file: 'clusters/a/cluster.yaml', line: i + 1 }),
    ),
    ...Array.from({ length: 3 }, (_, i) => f(`n/${i}`, 'notice')),
  ];

  it('keeps at most 10 of each kind and hands the rest to the summary', () => {
    const s = selectAnnotations(findings);
    const byKind = (k: Severity) => s.annotations.filter((a) => a.kind === k).length;
    expect(ANNOTATIONS_PER_KIND).toBe(10);
    expect([byKind('error'), byKind('warning'), byKind('notice')]).toEqual([10, 10, 3]);
    expect(s.perKind).toEqual({
      error: { annotated: 10, total: 30 },
      warning: { annotated: 10, total: 12 },
      notice: { annotated: 3, total: 3 },
    });
    expect(s.notAnnotated).toHaveLength(22);
    expect(s.annotatedKeys.size).toBe(23);
    // Errors first, then warnings, then notices.
    expect(s.annotations.map((a) => a.kind)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(3).fill('notice'),
    ]);
  });

  it('chooses the same annotations whatever the order of the findings', () => {
    const a = selectAnnotations(findings);
    for (const seed of [1, 2, 3]) {
      const b = selectAnnotations(shuffled(findings, seed));
      expect(b.annotations.map((x) => [x.title, x.file, x.startLine])).toEqual(
        a.annotations.map((x) => [x.title, x.file, x.startLine]),
      );
    }
  });

  it('ranks failed renders, then findings that point at a line, then those on more nodes', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      f('talos/install-disk', 'error', {
        message: 'install disk /dev/sdz does not exist',
        cluster: 'prod',
        node: `w-${i + 1}`,
        file: 'clusters/prod/patches/worker.yaml',
        line: 4,
      }),
    );
    const unlocated = Array.from({ length: 12 }, (_, i) => f(`policy/u${i}`, 'error'));
    const located = Array.from({ length: 12 }, (_, i) =>
      f(`policy/l${i}`, 'error', { file: 'x.yaml', line: 1 }),
    );
    const renderFailure = renderErrorFindings({
      clusters: [
        {
          name: 'edge',
          stage: 's',
          file: 'clusters/edge/cluster.yaml',
          nodes: [],
          hidden: [],
          error: { side: 'head', message: 'bad patch', file: 'clusters/edge/patches/a.yaml', line: 2 },
        },
      ],
    });
    const s = selectAnnotations([...unlocated, ...located, ...many, ...renderFailure]);
    const titles = s.annotations.map((a) => a.title);
    expect(titles[0]).toBe('render/head-failed');
    expect(titles[1]).toBe('talos/install-disk');
    // Then located ones (natural order of rule ids); the unlocated ones do not make the cut.
    expect(titles.slice(2)).toEqual(Array.from({ length: 8 }, (_, i) => `policy/l${i}`));
    expect(titles.filter((t) => t.startsWith('policy/u'))).toEqual([]);
    expect(s.annotations[0]).toMatchObject({ file: 'clusters/edge/patches/a.yaml', startLine: 2 });
  });

  it('makes one annotation of the same finding on many nodes, naming them', () => {
    const same = Array.from({ length: 500 }, (_, i) =>
      f('baseline/installer-pinned', 'warning', {
        message: 'installer image is not pinned by digest',
        cluster: 'fleet',
        node: `w-${i + 1}`,
        file: 'clusters/fleet/patches/all.yaml',
        line: 3,
        path: 'machine.install.image',
      }),
    );
    const s = selectAnnotations(same);
    expect(s.annotations).toHaveLength(1);
    expect(s.annotations[0]).toEqual(
      expect.objectContaining({
        kind: 'warning',
        title: 'baseline/installer-pinned',
        message: 'installer image is not pinned by digest (at machine.install.image, on fleet: w-1…w-500)',
        file: 'clusters/fleet/patches/all.yaml',
        startLine: 3,
      }),
    );
    expect(s.notAnnotated).toEqual([]);
  });

  it('never annotates waived findings; they go to the summary', () => {
    const s = selectAnnotations([
      f('hardened/disk-encryption', 'error', {
        waived: { reason: 'lab', source: 'clusters/lab/cluster.yaml:20' },
      }),
    ]);
    expect(s.annotations).toEqual([]);
    expect(s.notAnnotated).toHaveLength(1);
    expect(s.perKind.error).toEqual({ annotated: 0, total: 0 });
  });

  it("takes lower limits (room for the step's own failure message)", () => {
    const s = selectAnnotations(findings, { limits: { error: 9 } });
    expect(s.annotations.filter((a) => a.kind === 'error')).toHaveLength(9);
  });

  it('redacts every text and drops files outside the repository', () => {
    const s = selectAnnotations(
      [
        f('r/SECRET', 'error', {
          message: 'value SECRET',
          cluster: 'c',
          node: 'SECRET-node',
          file: '../SECRET',
          line: 2,
        }),
      ],
      { redact: (t) => t.replaceAll('SECRET', '***') },
    );
    expect(s.annotations[0]).toEqual(
      expect.objectContaining({ title: 'r/***', message: 'value *** (on c: ***-node)' }),
    );
    expect(s.annotations[0]!.file).toBeUndefined();
    expect(s.annotations[0]!.startLine).toBeUndefined();
  });
});
