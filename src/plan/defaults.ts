/**
 * Which changed lines come from Talos itself rather than from the repository: when a cluster's
 * talosVersion changes, the generated base changes too (a 1.13 base drops `network: {}`, a new
 * version brings a new default Kubernetes version). The installer image, which names the version,
 * is the upgrade itself and never listed among them. The head's own files are rendered once more
 * with the base's talosVersion; what differs between that render and the head is what the new
 * version's defaults do, and the node's changed lines among them are listed as coming from them.
 */
import { diffLines } from 'diff';
import { reviewText } from '../redact/review.js';
import { installerImageOf } from '../render/installer-image.js';
import { type RenderOptions, renderFleet } from '../render/render.js';
import type { Fleet } from '../render/types.js';
import { overlayFiles } from '../repo/files.js';
import type { ClusterPlan } from './types.js';

/** Per cluster: the version change, and per node the changed lines (`+text`/`-text`) it alone makes. */
export interface DefaultsChange {
  from: string;
  to: string;
  lines: Map<string, Set<string>>;
}

const TALOS_VERSION = /^(talosVersion:[ \t]*)(\S+)/m;

export async function defaultsLines(
  base: Fleet,
  head: Fleet,
  opts: RenderOptions,
): Promise<Map<string, DefaultsChange>> {
  const out = new Map<string, DefaultsChange>();
  for (const h of head.clusters) {
    const b = base.clusters.find((c) => c.name === h.name);
    if (!b || b.talosVersion === h.talosVersion) continue;
    const text = opts.files.read(h.file);
    if (text === undefined || !TALOS_VERSION.test(text)) continue;
    const files = overlayFiles(opts.files, {
      [h.file]: text.replace(TALOS_VERSION, (_m, key: string) => `${key}${b.talosVersion}`),
    });
    let older: Fleet;
    try {
      const r = await renderFleet({ ...opts, files, clusters: [h.name], stages: undefined });
      if (r.errors.length > 0) continue;
      older = r.fleet;
    } catch {
      continue;
    }
    const oc = older.clusters[0];
    if (!oc) continue;
    const lines = new Map<string, Set<string>>();
    for (const n of h.nodes) {
      const on = oc.nodes.find((x) => x.name === n.name);
      if (!on) continue;
      const a = reviewText(on.docs, { registry: opts.registry, contract: oc.contract }).text;
      const z = reviewText(n.docs, { registry: opts.registry, base: on.docs, contract: h.contract }).text;
      // the installer image names the version: changing it is the upgrade itself, not a default
      const images = [installerImageOf(on.docs), installerImageOf(n.docs)].filter((i) => !!i) as string[];
      const set = new Set<string>();
      for (const part of diffLines(a, z)) {
        if (!part.added && !part.removed) continue;
        const sign = part.added ? '+' : '-';
        for (const l of part.value.replace(/\n$/, '').split('\n'))
          if (!images.some((i) => l.includes(i))) set.add(`${sign}${l}`);
      }
      lines.set(n.name, set);
    }
    out.set(h.name, { from: b.talosVersion, to: h.talosVersion, lines });
  }
  return out;
}

/** Changed lines listed per node; the rest are counted. */
const MAX_LINES = 8;

/** Records, per node, the changed lines of its diff that the new version's defaults alone make. */
export function markDefaults(plan: ClusterPlan, change: DefaultsChange | undefined): void {
  if (!change) return;
  for (const n of plan.nodes) {
    const set = change.lines.get(n.name);
    if (!set || !n.diff) continue;
    const lines = n.diff
      .split('\n')
      .filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l) && set.has(l))
      .map((l) => `${l[0]} ${l.slice(1).trim()}`);
    if (lines.length === 0) continue;
    const more = lines.length > MAX_LINES ? [`… and ${lines.length - MAX_LINES} more lines`] : [];
    n.fromDefaults = [`Talos ${change.to}`, ...lines.slice(0, MAX_LINES), ...more];
  }
}
