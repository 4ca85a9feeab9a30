/**
 * The drift report for people: text for a terminal, JSON, and markdown for the job summary and the
 * one issue that tracks drift (an issue body has the same 65,536-character limit as a comment: diffs
 * are left out, largest first, until it fits, and the text says so).
 */
import { fence, htmlText, mdCode, mdText, plural } from '../plan/md.js';
import { nameList } from '../plan/node-list.js';
import type { SecretRegistry } from '../secrets/registry.js';
import type { DriftReport, NodeDrift } from './drift.js';

export type DriftFormat = 'text' | 'json' | 'markdown';

/** An issue body's (and a comment's) limit, less room for the marker the action adds. */
export const DRIFT_MARKDOWN_LIMIT = 65_536 - 512;

const drifted = (r: DriftReport) =>
  r.clusters.flatMap((c) => c.nodes.filter((n) => n.status === 'drifted').map((n) => ({ c, n })));
const unreachable = (r: DriftReport) =>
  r.clusters.flatMap((c) => c.nodes.filter((n) => n.status === 'unreachable').map((n) => ({ c, n })));
const total = (r: DriftReport) => r.clusters.reduce((k, c) => k + c.nodes.length, 0);

/** "2 of 10 nodes drifted", "10 nodes in sync", … */
export function driftHeadline(r: DriftReport): string {
  const d = drifted(r).length;
  const u = unreachable(r).length;
  const errors = r.clusters.filter((c) => c.error).length;
  const parts: string[] = [];
  if (d)
    parts.push(`${d} of ${plural(total(r), 'node')} ${d === 1 ? 'runs' : 'run'} something Git does not say`);
  if (u) parts.push(`${plural(u, 'node')} could not be read`);
  if (errors) parts.push(`${plural(errors, 'cluster')} could not be checked`);
  if (parts.length === 0) parts.push(`all ${plural(total(r), 'node')} run what Git says`);
  return parts.join('; ');
}

function what(n: NodeDrift): string {
  const parts: string[] = [];
  if (n.version) parts.push(`runs Talos ${n.version.live}, Git says ${n.version.git}`);
  if (n.config) parts.push('its config differs from Git');
  return parts.join('; ');
}

export function driftText(r: DriftReport): string {
  const out = [`Drift: ${driftHeadline(r)}.`];
  for (const c of r.clusters) {
    out.push(
      '',
      `cluster ${c.name} (stage ${c.stage})${c.error ? `: could not be checked: ${c.error}` : ''}`,
    );
    for (const n of c.nodes) {
      if (n.status === 'in-sync') continue;
      out.push(`  ${n.name}: ${n.status === 'unreachable' ? `could not be read: ${n.reason}` : what(n)}`);
      if (n.reason && n.status === 'drifted') out.push(`    ${n.reason}`);
      if (n.diff)
        out.push(
          ...n.diff
            .trimEnd()
            .split('\n')
            .map((l) => `    ${l}`),
        );
    }
    const sync = c.nodes.filter((n) => n.status === 'in-sync').map((n) => n.name);
    if (sync.length) out.push(`  in sync: ${nameList(sync, 20, (s) => s)}`);
  }
  return `${out.join('\n')}\n`;
}

function markdown(r: DriftReport, withDiff: (n: NodeDrift) => boolean): string {
  const icon = r.status === 'in-sync' ? '✅' : r.status === 'drift' ? '⚠️' : '❌';
  const out = [`### ${icon} Talos drift: ${mdText(driftHeadline(r))}`, ''];
  out.push(`Checked ${mdText(r.checkedAt)} against the render of the checked-out commit.`, '');
  if (r.status === 'drift') {
    out.push(
      'A drifted node runs something Git never had: a change made by hand, or a rollout that did not finish. ' +
        'The next apply reverts it to what Git says; to keep it, put it in the repository first.',
      '',
    );
  }
  out.push('| Cluster | Stage | Nodes | Drifted | Not read |', '| --- | --- | --- | --- | --- |');
  for (const c of r.clusters) {
    const d = c.nodes.filter((n) => n.status === 'drifted').map((n) => n.name);
    const u = c.nodes.filter((n) => n.status === 'unreachable').map((n) => n.name);
    out.push(
      `| ${mdText(c.name)} | ${mdText(c.stage)} | ${c.error ? '—' : c.nodes.length} | ${d.length ? nameList(d, 8, mdText) : '—'} | ${c.error ? `⛔ ${mdText(c.error)}` : u.length ? nameList(u, 8, mdText) : '—'} |`,
    );
  }
  out.push('');
  for (const { c, n } of drifted(r)) {
    out.push(
      `<details open><summary>⚠️ <b>${htmlText(n.name)}</b> · ${htmlText(c.name)} · ${htmlText(what(n))}</summary>`,
      '',
    );
    if (n.reason) out.push(`_${mdText(n.reason)}_`, '');
    if (n.diff && withDiff(n))
      out.push(
        '`-` is what Git says, `+` what the node runs (secrets hidden):',
        '',
        fence(n.diff, 'diff'),
        '',
      );
    else if (n.diff)
      out.push(
        `_Diff (${plural(n.diff.split('\n').length, 'line')}) left out to fit; see the JSON report._`,
        '',
      );
    out.push('</details>', '');
  }
  for (const { c, n } of unreachable(r))
    out.push(`- ❌ ${mdCode(`${c.name}/${n.name}`)} could not be read: ${mdText(n.reason ?? '')}`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** The markdown report, within `limit` characters: diffs go first, the largest first. */
export function driftMarkdown(r: DriftReport, limit = DRIFT_MARKDOWN_LIMIT): string {
  const dropped = new Set<NodeDrift>();
  let md = markdown(r, (n) => !dropped.has(n));
  const bySize = drifted(r)
    .map(({ n }) => n)
    .sort((a, b) => b.diff.length - a.diff.length);
  for (const n of bySize) {
    if (md.length <= limit) break;
    dropped.add(n);
    md = markdown(r, (x) => !dropped.has(x));
  }
  return md.length <= limit ? md : `${md.slice(0, limit - 40)}\n\n_(report cut to fit)_\n`;
}

export function formatDrift(r: DriftReport, format: DriftFormat, registry?: SecretRegistry): string {
  const text =
    format === 'json'
      ? `${JSON.stringify(r, null, 2)}\n`
      : format === 'markdown'
        ? driftMarkdown(r)
        : driftText(r);
  return registry ? registry.redact(text) : text;
}
