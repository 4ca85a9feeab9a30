import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  loadPolicyFiles,
  packRules,
  validateFleet
} from "./chunk-WPVCXFWV.js";
import {
  isExpired,
  repoPolicyFiles,
  waiverCovers
} from "./chunk-MC7OEDPC.js";
import {
  DEFAULT_POLICY_PACKS,
  clusterFolders,
  parseClusterFile
} from "./chunk-BEKQC6IL.js";
import {
  buildView,
  checksLines,
  impactPhrases,
  impactSummary,
  severitySummary
} from "./chunk-AEJVSIJ2.js";
import {
  nameList
} from "./chunk-JFQZRN54.js";

// src/plan/text.ts
var id = (s) => s;
function where(nodes, max = 8) {
  const byCluster = /* @__PURE__ */ new Map();
  for (const n of nodes) byCluster.set(n.cluster, [...byCluster.get(n.cluster) ?? [], n.name]);
  return [...byCluster].map(([c, names]) => `${c}: ${nameList(names, max, id)}`).join("; ");
}
function verdictLine(view) {
  const parts = [];
  if (view.counts.error) parts.push(`${view.counts.error} error${view.counts.error === 1 ? "" : "s"}`);
  const impacts = impactSummary(view.impacts);
  parts.push(
    view.changedNodes > 0 ? `${view.changedNodes} of ${view.totalNodes} nodes change in ${view.changedClusters} of ${view.clusters.length} clusters${impacts ? ` (${impacts})` : ""}` : `no changes to ${view.totalNodes} nodes in ${view.clusters.length} clusters`
  );
  if (view.counts.warning)
    parts.push(`${view.counts.warning} warning${view.counts.warning === 1 ? "" : "s"}`);
  return parts.join(" · ");
}
function formatPlanText(plan, opts = {}) {
  const view = buildView(plan, id, opts.stages);
  const out = [];
  out.push(`Plan: ${plan.base} → ${plan.head}`, verdictLine(view));
  const top = view.groups[0];
  if (top) {
    const who = top.nodes.length === 1 ? `${top.nodes[0].name} (${top.nodes[0].cluster})` : where(top.nodes, 4);
    out.push(`Riskiest: ${who}: ${impactPhrases(top).join(" · ")}`);
  }
  const checks = checksLines(plan.checks);
  if (checks.length) out.push("", ...checks);
  for (const c of view.clusters) {
    out.push("");
    if (c.plan.error) {
      out.push(
        `cluster ${c.plan.name}: cannot render (${c.plan.error.side}): ${c.plan.error.file ?? ""}${c.plan.error.line ? `:${c.plan.error.line}` : ""} ${c.plan.error.message}`
      );
      continue;
    }
    const impacts = impactSummary(c.impacts);
    out.push(
      `cluster ${c.plan.name} (stage ${c.plan.stage}): ${c.changed} of ${c.total} nodes change${impacts ? ` (${impacts})` : ""}`
    );
    for (const h of c.plan.hidden) out.push(`  could not see: ${h}`);
  }
  if (view.findings.length) {
    out.push("", `Findings: ${severitySummary(view.counts)}`);
    for (const g of view.findings) {
      const at = g.file ? ` (${g.file}${g.line ? `:${g.line}` : ""})` : "";
      const nodes = [...g.where].flatMap(([cluster, ns]) => ns.map((name) => ({ cluster, name })));
      const on = nodes.length ? ` [${where(nodes, 5)}]` : "";
      out.push(`  ${g.severity.padEnd(7)} ${g.rule}: ${g.message}${at}${on}${g.waived ? " [waived]" : ""}`);
    }
  }
  const files = plan.changedFiles ?? [];
  if (files.length) {
    out.push("", "Files changed → nodes they reach:");
    for (const f of files) {
      out.push(
        `  ${f.file} → ${f.nodes.length ? where(
          f.nodes.map((n) => ({ cluster: n.cluster, name: n.node })),
          6
        ) : "no node"}`
      );
    }
  }
  if (view.groups.length) {
    out.push("", "Changes, riskiest first:");
    for (const g of view.groups) {
      const who = g.nodes.length === 1 ? `${g.nodes[0].name} (${g.nodes[0].cluster})` : `same change on ${g.nodes.length} nodes: ${where(g.nodes)}`;
      out.push("", `* ${who}: ${impactPhrases(g).join(" · ")}`);
      if (g.reasons.length) out.push(`  why: ${g.reasons.join("; ")}`);
      if (g.changedCas?.length)
        out.push(`  CA replaced: ${g.changedCas.join(", ")}: rotate it with talosctl rotate-ca instead`);
      if (g.changedSecrets.length)
        out.push(`  secrets changed (values hidden): ${g.changedSecrets.join(", ")}`);
      const [version, ...defaults] = g.nodes[0].fromDefaults ?? [];
      if (version && defaults.length) out.push(`  from the ${version} defaults: ${defaults.join(", ")}`);
      if (!opts.diffs) continue;
      for (const h of g.hunks) {
        const use = view.hunks.get(h.key);
        if (use && use.owner !== g) {
          const first = use.owner.nodes[0];
          out.push(
            `  ${h.location || "the config"}: the same change as ${first.name} (${first.cluster}) above`
          );
          continue;
        }
        const reach = use && use.nodes > g.nodes.length ? ` · same change on ${use.nodes} nodes${use.clusters > 1 ? ` in ${use.clusters} clusters` : ""}` : "";
        const lines = h.text.split("\n");
        out.push(`  ${lines[0]}${reach}`, ...lines.slice(1).map((l) => `  ${l}`));
      }
    }
  }
  out.push("", plan.hasChanges ? "Changes found." : "No changes.");
  return `${out.join("\n")}
`;
}
function planJson(plan) {
  return {
    base: plan.base,
    head: plan.head,
    hasChanges: plan.hasChanges,
    clusters: plan.clusters.map((c) => ({
      name: c.name,
      stage: c.stage,
      file: c.file,
      hidden: c.hidden,
      ...c.error ? { error: c.error } : {},
      nodes: c.nodes.map((n) => ({
        name: n.name,
        role: n.role,
        address: n.address,
        status: n.status,
        impact: n.impacts[0],
        impacts: n.impacts,
        reasons: n.reasons,
        changedSecrets: n.changedSecrets,
        ...n.schematic ? { schematic: n.schematic } : {},
        ...n.move ? { move: n.move } : {},
        ...n.changedCas ? { changedCas: n.changedCas } : {},
        diff: n.diff
      }))
    })),
    findings: plan.findings,
    ...plan.checks ? { checks: plan.checks } : {}
  };
}

// src/policy/ref-checks.ts
function refChecks(files, opts, parsed) {
  const policies = loadPolicyFiles(repoPolicyFiles(files, opts.policiesDir ?? "policies"), packRules().rules);
  const clusters = [];
  for (const folder of clusterFolders(files, opts.clustersDir ?? "clusters")) {
    if (folder.error) continue;
    const file = `${folder.dir}/cluster.yaml`;
    try {
      let spec = parsed?.get(folder.dir);
      if (!spec) {
        const text = files.read(file);
        if (text === void 0) continue;
        spec = parseClusterFile(text, file, folder.dir);
      }
      clusters.push({
        name: spec.name,
        dir: spec.dir,
        file,
        packs: spec.policyPacks,
        waivers: spec.waivers,
        ...spec.fieldLines.policies ? { packsLine: spec.fieldLines.policies } : {}
      });
    } catch {
    }
  }
  return { policies, clusters };
}
var sameWaiver = (a, b) => a.policy === b.policy && a.reason === b.reason && a.expires === b.expires && a.nodes.length === b.nodes.length && a.nodes.every((n, i) => n === b.nodes[i]);
function judgingChecks(base, head) {
  const byName = base.clusters.find((c) => c.name === head.name);
  const byDir = base.clusters.find((c) => c.dir === head.dir);
  const packs = byName || byDir ? [.../* @__PURE__ */ new Set([...byName?.packs ?? [], ...byDir?.packs ?? []])] : [...DEFAULT_POLICY_PACKS];
  const waivers = (byName?.waivers ?? []).map((w) => {
    const kept = head.waivers.find((h) => sameWaiver(h, w));
    return kept ? { ...w, source: kept.source } : { ...w, atBase: true };
  });
  return { packs, waivers };
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v;
    return `{${Object.keys(o).filter((k) => o[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}
var ruleBody = (r) => canonical({ ...r, source: void 0, pack: void 0 });
var ruleRef = (change, r) => ({
  change,
  id: r.id,
  severity: r.severity,
  file: r.source.file,
  ...r.source.line ? { line: r.source.line } : {}
});
function ruleChanges(base, head) {
  const b = new Map(base.map((r) => [r.id, r]));
  const h = new Map(head.map((r) => [r.id, r]));
  const out = [];
  for (const r of base) if (!h.has(r.id)) out.push(ruleRef("removed", r));
  for (const r of head) {
    const was = b.get(r.id);
    if (!was) out.push(ruleRef("added", r));
    else if (ruleBody(was) !== ruleBody(r)) out.push(ruleRef("changed", r));
  }
  return out;
}
var sameList = (a, b) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
function waiverChanges(cluster, base) {
  const out = [];
  const head = cluster.waivers;
  const at = (w) => ({ file: w.source.file, ...w.source.line ? { line: w.source.line } : {} });
  const body = (w) => ({
    policy: w.policy,
    nodes: [...w.nodes],
    reason: w.reason,
    ...w.expires ? { expires: w.expires } : {}
  });
  const kept = /* @__PURE__ */ new Set();
  const matched = /* @__PURE__ */ new Set();
  for (const h of head) {
    const same = base.find((b) => !matched.has(b) && sameWaiver(b, h));
    if (same) {
      matched.add(same);
      kept.add(h);
    }
  }
  for (const h of head) {
    if (kept.has(h)) continue;
    const was = base.find((b) => !matched.has(b) && b.policy === h.policy && sameList(b.nodes, h.nodes)) ?? base.find((b) => !matched.has(b) && b.policy === h.policy);
    if (was) {
      matched.add(was);
      const { policy: _, ...before } = body(was);
      out.push({
        change: "changed",
        cluster: cluster.name,
        ...body(h),
        before,
        ...at(h),
        ...was.source.line ? { baseLine: was.source.line } : {}
      });
    } else out.push({ change: "added", cluster: cluster.name, ...body(h), ...at(h) });
  }
  for (const b of base) {
    if (matched.has(b)) continue;
    out.push({
      change: "removed",
      cluster: cluster.name,
      ...body(b),
      ...at(b),
      ...b.source.line ? { baseLine: b.source.line } : {}
    });
  }
  return out;
}
function diffChecks(base, head, clusters) {
  const packs = [];
  const waivers = [];
  for (const c of clusters) {
    const known = base.clusters.some((b) => b.name === c.name || b.dir === c.dir);
    const judging = judgingChecks(base, c);
    if (!sameList(judging.packs, c.policyPacks)) {
      packs.push({
        cluster: c.name,
        file: c.file,
        ...c.fieldLines.policies ? { line: c.fieldLines.policies } : {},
        newCluster: !known,
        before: judging.packs,
        after: [...c.policyPacks]
      });
    }
    const baseWaivers = base.clusters.find((b) => b.name === c.name)?.waivers ?? [];
    waivers.push(...waiverChanges(c, baseWaivers));
  }
  const invalidAt = (r) => new Set(r.findings.filter((f) => f.rule === "policy/invalid" && f.file).map((f) => f.file));
  const headInvalid = invalidAt(head);
  const baseInvalid = [...invalidAt(base.policies)].sort().map((file) => ({ file, fixed: !headInvalid.has(file) }));
  return { rules: ruleChanges(base.policies.rules, head.rules), packs, waivers, baseInvalid };
}
function isEmptyDiff(d) {
  return !d.rules.length && !d.packs.length && !d.waivers.length && !d.baseInvalid.length;
}

// src/validate/judged-by-base.ts
var open = (f) => !f.waived;
function judgeByBase(opts) {
  return (baseFiles, headFiles, baseParsed) => {
    let base;
    let head;
    const load = () => {
      base ??= refChecks(baseFiles, opts, baseParsed);
      head ??= loadPolicyFiles(repoPolicyFiles(headFiles, opts.policiesDir ?? "policies"), packRules().rules);
      return { base, head };
    };
    const now = opts.now ?? /* @__PURE__ */ new Date();
    const judged = (fleet) => {
      const { base: base2 } = load();
      return {
        ...fleet,
        clusters: fleet.clusters.map((c) => {
          const j = judgingChecks(base2, c);
          return { ...c, policyPacks: j.packs, waivers: j.waivers };
        })
      };
    };
    let validated = [];
    let diff;
    let byHead = [];
    const validate = (fleet, scope) => {
      const { base: base2, head: head2 } = load();
      const policies = { rules: base2.policies.rules, findings: head2.findings };
      const common = { redact: opts.redact, now, ...scope ? { scope } : {} };
      const findings = validateFleet(judged(fleet), { ...common, policies }).findings;
      validated = [...validated, ...fleet.clusters];
      diff = diffChecks(base2, head2, validated);
      if (diff.rules.length || diff.packs.length)
        byHead = [...byHead, ...validateFleet(fleet, { ...common, policies: head2 }).findings];
      return findings;
    };
    const changes = (findings) => {
      if (!diff) {
        const { base: base2, head: head2 } = load();
        diff = diffChecks(base2, head2, []);
      }
      if (isEmptyDiff(diff)) return void 0;
      const count = (list, p) => list.filter((f) => open(f) && p(f)).length;
      const ofPacks = (packs, cluster) => (f) => f.cluster === cluster && packs.some((p) => f.rule.startsWith(`${p}/`));
      const spec = (w, version) => {
        const v = version === "base" && w.before ? w.before : w;
        return {
          policy: w.policy,
          nodes: v.nodes,
          reason: v.reason,
          ...v.expires ? { expires: v.expires } : {},
          source: { file: w.file }
        };
      };
      const covered = (w, version, waived) => {
        const s = spec(w, version);
        if (isExpired(s, now)) return 0;
        return findings.filter(
          (f) => f.cluster === w.cluster && waiverCovers(s, f) && (waived ? !!f.waived : !f.waived)
        ).length;
      };
      return {
        rules: diff.rules.map((r) => ({
          ...r,
          now: r.change === "added" ? 0 : count(findings, (f) => f.rule === r.id),
          merged: r.change === "removed" ? 0 : count(byHead, (f) => f.rule === r.id)
        })),
        packs: diff.packs.map((p) => {
          const dropped = p.before.filter((x) => !p.after.includes(x));
          const added = p.after.filter((x) => !p.before.includes(x));
          return {
            ...p,
            now: count(findings, ofPacks(dropped, p.cluster)),
            merged: count(byHead, ofPacks(added, p.cluster))
          };
        }),
        waivers: diff.waivers.map((w) => ({
          ...w,
          now: w.change === "added" ? 0 : covered(w, "base", true),
          merged: w.change === "removed" ? 0 : covered(w, "head", false) + covered(w, "head", true)
        })),
        baseInvalid: diff.baseInvalid
      };
    };
    return { validate, judged, changes };
  };
}

export {
  formatPlanText,
  planJson,
  judgeByBase
};
