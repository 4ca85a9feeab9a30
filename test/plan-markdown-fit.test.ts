/**
 * Fitting the comment into GitHub's 65,536 characters (marker included) and the job summary into
 * 1 MiB: detail is dropped in the stated order, the verdict, the summary table and the findings
 * counts always stay, and the comment says what it left out and where the rest is.
 */
import { describe, expect, it } from 'vitest';
import { composeStickyBody, MAX_COMMENT_LENGTH, markerOverhead } from '../action/sticky-comment.js';
import { selectAnnotations } from '../src/plan/annotations.js';
import { renderPlanComment } from '../src/plan/markdown.js';
import { renderJobSummary, SUMMARY_MAX_BYTES } from '../src/plan/summary.js';
import type { PlanResult } from '../src/plan/types.js';
import type { Finding } from '../src/validate/types.js';
import { fleetPlan, HEAD, smallPlan } from './fixtures/plan/plans.js';
import { detailsBalance, structure, summaryTable } from './plan-markdown-helpers.js';

const MARKER = '<!-- talos-gitops:plan -->';
const ctx = {
  redact: (s: string) => s,
  repository: 'octo/clusters',
  detailsUrl: 'https://github.com/octo/clusters/actions/runs/42',
  reportArtifact: 'talos-plan-report',
};
const commentBudget = MAX_COMMENT_LENGTH - markerOverhead(MARKER);

/** Nodes named in shown sections plus those counted in "left out" lines, per cluster section. */
function accountedNodes(md: string): number {
  let n = 0;
  for (const m of md.matchAll(/<summary>\S+ <b>same change on (\d+) /g)) n += Number(m[1]);
  for (const m of md.matchAll(/<summary>\S+ <b>(?!same change)[^<]+<\/b> · [^·]+ · (controlplane|worker)/g))
    if (m) n++;
  for (const m of md.matchAll(/^- \*\*[^*]+\*\* \((\d+)\): /gm)) n += Number(m[1]);
  return n;
}

function assertWellFormed(md: string) {
  expect(structure(md).unclosedFence).toBe(false);
  expect(detailsBalance(md).balanced).toBe(true);
  expect(md.split('\n')[0]).toMatch(/^### (❌|⚠️|✅) Talos plan: /);
  expect(summaryTable(md).header).toEqual(['Cluster', 'Stage', 'Nodes changed', 'Impact', 'Findings']);
}

describe('a 500-node change touching every node', () => {
  const plan = fleetPlan(1, 500);
  const md = renderPlanComment(plan, { ...ctx, maxLength: commentBudget });

  it('fits in one comment with its marker', () => {
    expect(md.length).toBeLessThanOrEqual(commentBudget);
    expect(composeStickyBody(md, MARKER).length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    // It uses the room: a fit that threw everything away would be short.
    expect(md.length).toBeGreaterThan(MAX_COMMENT_LENGTH * 0.8);
  });

  it('still shows the verdict, the summary table and the findings counts', () => {
    assertWellFormed(md);
    expect(md.split('\n')[0]).toBe(
      '### ⚠️ Talos plan: 500 of 500 nodes change in 1 of 1 cluster (3 reboot, 497 live) · 72 warnings',
    );
    expect(summaryTable(md).rows).toEqual([
      ['fleet-01', 'staging', '500 of 500', '3 reboot, 497 live', '72 warnings'],
    ]);
    expect(md).toContain('### Findings: 72 warnings');
  });

  it('states what it left out and where to find it', () => {
    expect(md).toMatch(
      /✂️ \*\*Shortened to fit GitHub's 65,536-character comment limit\.\*\* Left out: the diffs of \d+ node groups \(least risky, then largest first\); the sections of \d+ node groups \(least risky first\)\. The full plan is in \[the job summary\]\(https:\/\/github\.com\/octo\/clusters\/actions\/runs\/42\) and the `talos-plan-report` artifact\.$/m,
    );
  });

  it('keeps the most disruptive changes with their diffs and accounts for every node', () => {
    for (const cp of ['cp-1', 'cp-2', 'cp-3']) {
      expect(md).toContain(
        `<details open><summary>🔁 <b>${cp}</b> · fleet-01 · controlplane · needs a reboot</summary>`,
      );
    }
    expect(structure(md).fences.filter((f) => f.body.includes('+    disk: /dev/nvme0n1'))).toHaveLength(3);
    expect(md).toMatch(/^- \*\*applies live\*\* \(\d+\): w-\d+…w-497$/m);
    expect(accountedNodes(md)).toBe(500);
  });
});

describe('the degrade order', () => {
  it('drops diff bodies first, the least risky first', () => {
    const plan = smallPlan();
    // The live change of the workers is the largest; the control plane's reboot is riskier and stays.
    for (const w of plan.clusters[0]!.nodes.slice(2)) {
      w.diff += Array.from({ length: 80 }, (_, i) => `+  extra-${i}: value`).join('\n');
    }
    const full = renderPlanComment(plan, ctx);
    const md = renderPlanComment(plan, { ...ctx, maxLength: full.length - 200 });
    expect(md.length).toBeLessThanOrEqual(full.length - 200);
    expect(md).toMatch(/_Diff \(\d+ lines\) left out to fit; see \[the job summary\]/);
    expect(md).toContain('+    disk: /dev/nvme0n1');
    expect(md).not.toContain('+  extra-79: value');
    expect(md).toContain('Left out: the diffs of 1 node group (least risky, then largest first).');
  });

  it('then group sections, then findings, then table rows; never the counts', () => {
    const plan = fleetPlan(40, 12);
    for (let i = 0; i < 300; i++) {
      plan.findings.push({
        rule: `policy/rule-${i}`,
        severity: i % 3 === 0 ? 'error' : 'notice',
        message: `finding number ${i}`,
        file: `policies/p${i}.yaml`,
        line: i + 1,
      });
    }
    const steps = new Set<string>();
    let previous = Number.POSITIVE_INFINITY;
    for (const budget of [400_000, 120_000, 80_000, 60_000, 8_000, 2_500]) {
      const md = renderPlanComment(plan, { ...ctx, maxLength: budget });
      expect(md.length).toBeLessThanOrEqual(budget);
      expect(md.length).toBeLessThan(previous);
      previous = md.length;
      assertWellFormed(md);
      expect(md).toContain('### Findings: 100 errors, 80 warnings, 200 notices');
      expect(summaryTable(md).rows.at(-1)![0]).toBe('**Total** (40 clusters)');
      const note = /Left out: (.*)\. The full plan/.exec(md)?.[1] ?? '';
      if (note.includes('sections of')) steps.add('nodes');
      if (note.includes('finding')) {
        steps.add('findings');
        // Findings go only once the live changes are gone (the riskier ones are named, at least).
        expect(md).toMatch(/^- \*\*applies live\*\* \(\d+\): /m);
      }
      if (note.includes('table row')) {
        steps.add('rows');
        expect(md).not.toMatch(/^- (❌|⚠️|ℹ️) /m);
      }
    }
    expect(steps).toEqual(new Set(['nodes', 'findings', 'rows']));
  });

  it('drops the least important findings first and says how many', () => {
    const plan = smallPlan();
    plan.findings = Array.from(
      { length: 400 },
      (_, i): Finding => ({
        rule: `r/${i}`,
        severity: i < 5 ? 'error' : 'notice',
        message: `message ${i}`,
        file: `f${i}.yaml`,
        line: 1,
      }),
    );
    const md = renderPlanComment(plan, { ...ctx, maxLength: 12_000 });
    expect(md.length).toBeLessThanOrEqual(12_000);
    for (let i = 0; i < 5; i++) expect(md).toContain(`\`r/${i}\` message ${i}`);
    expect(md).toMatch(
      /^- _… \d+ more findings left out to fit \(least important first\); see \[the job summary\]/m,
    );
  });

  it('falls back to a cut that still fits for budgets smaller than the header', () => {
    for (const budget of [50, 300, 700]) {
      const md = renderPlanComment(fleetPlan(2, 5), { ...ctx, maxLength: budget });
      expect(md.length).toBeLessThanOrEqual(budget);
    }
  });
});

describe('many clusters', () => {
  it('keeps one table row per cluster while they fit', () => {
    const md = renderPlanComment(fleetPlan(500, 1), { ...ctx, maxLength: commentBudget });
    expect(md.length).toBeLessThanOrEqual(commentBudget);
    expect(summaryTable(md).rows).toHaveLength(501);
  });

  it('drops rows of clusters without changes first and counts them', () => {
    const plan = fleetPlan(1200, 1);
    plan.clusters.forEach((c, i) => {
      if (i % 2) c.nodes = c.nodes.map((n) => ({ ...n, status: 'unchanged', impacts: ['none'], diff: '' }));
    });
    const md = renderPlanComment(plan, { ...ctx, maxLength: commentBudget });
    expect(md.length).toBeLessThanOrEqual(commentBudget);
    const rows = summaryTable(md).rows;
    const left = rows.find((r) => r[0]!.startsWith('… '));
    expect(left?.[0]).toMatch(/^… \d+ more clusters left out to fit \(\d+ with changes or errors\)$/);
    // Rows of clusters without changes go first: every cluster with a change keeps its row.
    expect(rows.filter((r) => r[2] === '1 of 1')).toHaveLength(600);
    expect(rows.filter((r) => r[2] === '0 of 1').length).toBeLessThan(600);
    expect(rows.at(-1)![0]).toBe('**Total** (1200 clusters)');
  });
});

describe('the job summary', () => {
  it('has more room: the 500-node fleet keeps every node section and diff', () => {
    const md = renderJobSummary(fleetPlan(1, 500), ctx);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(md).not.toContain('Shortened');
    expect(structure(md).fences).toHaveLength(500);
  });

  it('fits 1 MiB in bytes, not characters, for a fleet far bigger than that', () => {
    const plan = fleetPlan(20, 500);
    for (const c of plan.clusters) c.name = `${c.name}-zürich-größe`;
    const md = renderJobSummary(plan, ctx);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(md, 'utf8')).toBeGreaterThan(SUMMARY_MAX_BYTES * 0.9);
    assertWellFormed(md);
    expect(md).toContain("✂️ **Shortened to fit GitHub's 1 MiB job summary limit.**");
    expect(md).toContain('The full plan is in the `talos-plan-report` artifact (the JSON report).');
  });

  it('lists the findings that did not fit as annotations, and keeps them longest', () => {
    const findings: Finding[] = Array.from({ length: 25 }, (_, i) => ({
      rule: `policy/e${String(i).padStart(2, '0')}`,
      severity: 'error',
      message: `error ${i}`,
      file: 'clusters/prod-eu/cluster.yaml',
      line: i + 1,
    }));
    const plan: PlanResult = { ...smallPlan(), findings };
    const annotations = selectAnnotations(findings);
    const md = renderJobSummary(plan, { ...ctx, annotations });
    expect(md).toContain(
      'GitHub shows at most 10 annotations of each kind per step: annotated on the files are 10 of 25 errors. The others are marked "not annotated" below.',
    );
    expect(md.match(/_not annotated_/g)).toHaveLength(15);
    const small = renderJobSummary(plan, { ...ctx, annotations, maxBytes: 4_500 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(4_500);
    expect(small).toContain('Left out: the sections of 2 node groups (least risky first); ');
    expect(small).toContain('✂️ **Shortened to fit a 4,500-byte job summary budget.**');
    const kept = [...small.matchAll(/^- ❌ .*$/gm)].map((m) => m[0]);
    expect(kept.filter((line) => line.includes('_not annotated_'))).toHaveLength(15);
    expect(kept.length).toBeLessThan(25);
  });
});

it('the head commit is the one the links point at', () => {
  const md = renderPlanComment(fleetPlan(1, 3), ctx);
  expect(md).toContain(`/blob/${HEAD}/`);
});
