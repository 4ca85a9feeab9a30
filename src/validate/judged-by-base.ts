/**
 * A plan's validation judged by the base: the head's renders are checked with the base's policy
 * rules, and each cluster with the packs and waivers the base gives it (see policy/ref-checks.ts),
 * so a pull request that deletes a rule, drops a pack or waives its own finding is still judged by
 * them. What the head changes in the checks is listed with what each change does to the findings,
 * counted from the merge on. The head's broken policy files are findings: from the merge on they
 * would judge nothing.
 */
import type { LoadResult } from '../policy/load.js';
import { loadPolicyFiles } from '../policy/load.js';
import { packRules } from '../policy/packs.js';
import {
  type ChecksDiff,
  diffChecks,
  isEmptyDiff,
  judgingChecks,
  type PackChange,
  type RefChecks,
  type RuleChange,
  refChecks,
  type WaiverChange,
} from '../policy/ref-checks.js';
import { repoPolicyFiles } from '../policy/repo-files.js';
import { isExpired, waiverCovers } from '../policy/waivers.js';
import type { Fleet, RenderedCluster, WaiverSpec } from '../render/types.js';
import type { ClusterFile } from '../repo/cluster-file.js';
import type { RepoFiles } from '../repo/files.js';
import type { FleetValidator } from './repo-validator.js';
import type { Finding } from './types.js';
import { validateFleet } from './validate-fleet.js';

/** Findings a change to the checks concerns: `now` as this plan counts them, `merged` from the merge on. */
export interface Effect {
  now: number;
  merged: number;
}

export interface ChecksChange {
  rules: Array<RuleChange & Effect>;
  packs: Array<PackChange & Effect>;
  waivers: Array<WaiverChange & Effect>;
  baseInvalid: ChecksDiff['baseInvalid'];
}

export interface ChecksJudge {
  validate: FleetValidator;
  /** The head's renders with the packs and waivers that judge them (the base's). */
  judged(fleet: Fleet): Fleet;
  /** What the head changes in the checks, given every finding of the plan; undefined when nothing. */
  changes(findings: readonly Finding[]): ChecksChange | undefined;
}

const open = (f: Finding) => !f.waived;

export function judgeByBase(opts: {
  clustersDir?: string;
  policiesDir?: string;
  redact: (text: string) => string;
  now?: Date;
}): (base: RepoFiles, head: RepoFiles, baseParsed?: ReadonlyMap<string, ClusterFile>) => ChecksJudge {
  return (baseFiles, headFiles, baseParsed) => {
    let base: RefChecks | undefined;
    let head: LoadResult | undefined;
    const load = () => {
      base ??= refChecks(baseFiles, opts, baseParsed);
      head ??= loadPolicyFiles(repoPolicyFiles(headFiles, opts.policiesDir ?? 'policies'), packRules().rules);
      return { base, head };
    };
    const now = opts.now ?? new Date();
    const judged = (fleet: Fleet): Fleet => {
      const { base } = load();
      return {
        ...fleet,
        clusters: fleet.clusters.map((c) => {
          const j = judgingChecks(base, c);
          return { ...c, policyPacks: j.packs, waivers: j.waivers };
        }),
      };
    };
    let validated: RenderedCluster[] = [];
    let diff: ChecksDiff | undefined;
    let byHead: Finding[] = [];
    const validate: FleetValidator = (fleet, scope) => {
      const { base, head } = load();
      // the base's rules judge; the head's broken files are reported (their rules would judge nothing)
      const policies = { rules: base.policies.rules, findings: head.findings };
      // clusters not validated (their inputs and the policies unchanged) keep the waivers they had
      const common = { redact: opts.redact, now, ...(scope ? { scope } : {}) };
      const findings = validateFleet(judged(fleet), { ...common, policies }).findings;
      validated = [...validated, ...fleet.clusters];
      diff = diffChecks(base, head, validated);
      // what the head's own rules and packs would report, for the counts (only when they differ)
      if (diff.rules.length || diff.packs.length)
        byHead = [...byHead, ...validateFleet(fleet, { ...common, policies: head }).findings];
      return findings;
    };
    const changes = (findings: readonly Finding[]): ChecksChange | undefined => {
      if (!diff) {
        // nothing was validated (no cluster rendered): the repository's rules may still change
        const { base, head } = load();
        diff = diffChecks(base, head, []);
      }
      if (isEmptyDiff(diff)) return undefined;
      const count = (list: readonly Finding[], p: (f: Finding) => boolean) =>
        list.filter((f) => open(f) && p(f)).length;
      const ofPacks = (packs: string[], cluster: string) => (f: Finding) =>
        f.cluster === cluster && packs.some((p) => f.rule.startsWith(`${p}/`));
      const spec = (w: WaiverChange, version: 'base' | 'head'): WaiverSpec => {
        const v = version === 'base' && w.before ? w.before : w;
        return {
          policy: w.policy,
          nodes: v.nodes,
          reason: v.reason,
          ...(v.expires ? { expires: v.expires } : {}),
          source: { file: w.file },
        };
      };
      // findings a waiver covers: those it waives now (base version), or would waive from the merge on
      const covered = (w: WaiverChange, version: 'base' | 'head', waived: boolean) => {
        const s = spec(w, version);
        if (isExpired(s, now)) return 0;
        return findings.filter(
          (f) => f.cluster === w.cluster && waiverCovers(s, f) && (waived ? !!f.waived : !f.waived),
        ).length;
      };
      return {
        rules: diff.rules.map((r) => ({
          ...r,
          now: r.change === 'added' ? 0 : count(findings, (f) => f.rule === r.id),
          merged: r.change === 'removed' ? 0 : count(byHead, (f) => f.rule === r.id),
        })),
        packs: diff.packs.map((p) => {
          const dropped = p.before.filter((x) => !p.after.includes(x));
          const added = p.after.filter((x) => !p.before.includes(x));
          return {
            ...p,
            now: count(findings, ofPacks(dropped, p.cluster)),
            merged: count(byHead, ofPacks(added, p.cluster)),
          };
        }),
        waivers: diff.waivers.map((w) => ({
          ...w,
          now: w.change === 'added' ? 0 : covered(w, 'base', true),
          merged: w.change === 'removed' ? 0 : covered(w, 'head', false) + covered(w, 'head', true),
        })),
        baseInvalid: diff.baseInvalid,
      };
    };
    return { validate, judged, changes };
  };
}
