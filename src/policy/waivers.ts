/**
 * Waivers from cluster.yaml: a finding of a waived rule on a matching node is still reported, marked
 * `waived` (and no longer fails the run). An expired waiver stops waiving and says so at its own line;
 * a waiver that matches nothing is reported as a notice, so stale waivers get cleaned up.
 */
import type { Fleet, WaiverSpec } from '../render/types.js';
import type { Finding } from '../validate/types.js';
import { anyGlob } from './glob.js';

/** A waiver is valid through its `expires` day (UTC) and expired from the next day on. */
export function isExpired(w: WaiverSpec, now: Date): boolean {
  if (!w.expires) return false;
  const end = Date.parse(`${w.expires}T23:59:59.999Z`);
  return !Number.isNaN(end) && now.getTime() > end;
}

/** Whether a waiver covers a finding of its cluster (its rule, on a node its globs match). */
export function waiverCovers(w: WaiverSpec, f: Finding): boolean {
  if (f.rule !== w.policy) return false;
  if (f.node === undefined) return w.nodes.length === 0 || w.nodes.includes('*');
  return anyGlob(w.nodes, f.node);
}

function sourceLabel(w: WaiverSpec): string {
  return `${w.source.file}${w.source.line ? `:${w.source.line}` : ''}${w.atBase ? ' at the base' : ''}`;
}

/**
 * Marks the findings unexpired waivers cover (in place), for findings made after validation (the
 * plan's own); returns the waivers that covered any. Expiry and unused waivers are validation's to report.
 */
export function markWaived(findings: Finding[], fleet: Fleet, now: Date): WaiverSpec[] {
  const used: WaiverSpec[] = [];
  for (const cluster of fleet.clusters) {
    for (const w of cluster.waivers) {
      if (isExpired(w, now)) continue;
      const covered = findings.filter((f) => f.cluster === cluster.name && waiverCovers(w, f) && !f.waived);
      for (const f of covered) {
        f.waived = { reason: w.reason, source: sourceLabel(w), ...(w.expires ? { expires: w.expires } : {}) };
      }
      if (covered.length > 0) used.push(w);
    }
  }
  return used;
}

/**
 * Marks waived findings (in place) and returns the findings about the waivers themselves. The waivers
 * of `others` (clusters not validated, see validateFleet's scope) mark findings but are not judged:
 * whether they match anything is not known from a part of their findings.
 */
export function applyWaivers(
  findings: Finding[],
  fleet: Fleet,
  now: Date,
  others: ReadonlyArray<{ name: string; waivers: WaiverSpec[] }> = [],
): Finding[] {
  const out: Finding[] = [];
  const judged = new Set(fleet.clusters.map((c) => c.name));
  for (const cluster of [...fleet.clusters, ...others]) {
    for (const w of cluster.waivers) {
      const covered = findings.filter((f) => f.cluster === cluster.name && waiverCovers(w, f));
      const at = {
        cluster: cluster.name,
        file: w.source.file,
        ...(w.source.line ? { line: w.source.line } : {}),
      };
      if (isExpired(w, now)) {
        for (const f of covered) f.message += ` (the waiver at ${sourceLabel(w)} expired on ${w.expires})`;
        // the base's waivers judge a change; what matches them is the change's to report
        if (w.atBase || !judged.has(cluster.name)) continue;
        out.push({
          rule: 'waiver/expired',
          severity: 'warning',
          message: `the waiver of ${w.policy} expired on ${w.expires}${covered.length > 0 ? `; ${covered.length} finding${covered.length === 1 ? ' is' : 's are'} no longer waived` : ''}`,
          ...at,
        });
        continue;
      }
      if (covered.length === 0) {
        // the base's waivers judge a change; what matches them is the change's to report
        if (w.atBase || !judged.has(cluster.name)) continue;
        out.push({
          rule: 'waiver/unused',
          severity: 'notice',
          message: `the waiver of ${w.policy} matches no finding; remove it if it is no longer needed`,
          ...at,
        });
        continue;
      }
      for (const f of covered) {
        if (f.waived) continue;
        f.waived = { reason: w.reason, source: sourceLabel(w), ...(w.expires ? { expires: w.expires } : {}) };
      }
    }
  }
  return out;
}
