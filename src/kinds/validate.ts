/**
 * Talos's validation of one machine's documents, the way its config container runs it: each
 * document's own `Validate` (errors prefixed `Kind/name: `), each document's conflicts with the
 * v1alpha1 document, then the whole-config rules (the mode's requirements, every kind's cross checks,
 * control-plane-only kinds on other machines).
 */
import { type ConfigDocument, documentLabel } from '../config/document.js';
import { type Contract, existsIn, kindDef } from '../model/model.js';
import type { Issue } from '../validate/issue.js';
import { KindContext, type ValidationOptions } from './context.js';
import { KINDS, kindRule } from './index.js';
import { hostDNSSettings } from './network/resolver-config.js';
import type { KindRegistry } from './registry.js';
import type { DocReport, KindEntry } from './types.js';

const CONFLICT_RULE = 'talos/conflicting-config';

function reportFor(ctx: KindContext, doc: ConfigDocument, rule: string, prefix: string): DocReport {
  return {
    error: (message, segs = [], r = rule) => ctx.error(r, `${prefix}${message}`, doc, segs),
    warn: (message, segs = [], r = rule) => ctx.warn(r, message, doc, segs),
  };
}

function runValidate(ctx: KindContext, entry: KindEntry, doc: ConfigDocument): void {
  if (!entry.validate) return;
  const start = ctx.issues.length;
  const prefix = doc.kind === 'v1alpha1' ? '' : `${documentLabel(doc)}: `;
  entry.validate(doc.body, reportFor(ctx, doc, kindRule(doc.kind), prefix), ctx, doc);
  if (ctx.strict && entry.strictWarningsAreErrors) {
    // Talos's strict option: the document's warnings fail the config, marked as warnings
    for (let i = start; i < ctx.issues.length; i++) {
      const issue = ctx.issues[i]!;
      if (issue.severity === 'warning')
        ctx.issues[i] = { ...issue, severity: 'error', message: `warning: ${issue.message}` };
    }
  }
}

/** Talos 1.14 moved the container-mode host DNS requirement from v1alpha1 to the whole config. */
function containerMode(ctx: KindContext): void {
  if (!ctx.inContainer || !ctx.since('1.14')) return;
  const hostDNS = hostDNSSettings(ctx.docs, ctx.v1?.body);
  const at = ctx.first('ResolverConfig') ?? ctx.v1;
  const segs = at && at === ctx.v1 ? ['machine', 'features', 'hostDNS'] : ['hostDNS'];
  if (!hostDNS) ctx.error('talos/host-dns', 'hostDNS config is required in container mode', at, segs);
  else {
    if (hostDNS.enabled !== true)
      ctx.error('talos/host-dns', 'hostDNS must be enabled in container mode', at, segs);
    if (hostDNS.forwardKubeDNSToHost !== true)
      ctx.error('talos/host-dns', 'forwardKubeDNSToHost must be enabled in container mode', at, segs);
  }
}

function controlPlaneOnly(ctx: KindContext, registry: KindRegistry): void {
  if (ctx.isControlPlane) return;
  const docs = ctx.docs.filter((d) => registry.entry(d.kind)?.controlPlaneOnly);
  if (docs.length === 0) return;
  const kinds = [...new Set(docs.map((d) => d.kind))].sort();
  ctx.error(
    'talos/controlplane-only',
    `the following document kinds are only allowed on control plane machines: [${kinds.join(' ')}]`,
    docs[0],
    [],
  );
}

/** Issues of one machine's documents under Talos's rules for the contract and mode. */
export function validateDocuments(
  docs: readonly ConfigDocument[],
  contract: Contract,
  opts: ValidationOptions = {},
  registry: KindRegistry = KINDS,
): Issue[] {
  const ctx = new KindContext(docs, contract, opts);
  if (ctx.v1) runValidate(ctx, registry.entry('v1alpha1')!, ctx.v1);
  for (const doc of docs) {
    const entry = registry.entry(doc.kind);
    if (entry && doc !== ctx.v1) runValidate(ctx, entry, doc);
  }
  if (ctx.v1) {
    for (const doc of docs) {
      const check = registry.entry(doc.kind)?.conflictsWithV1alpha1;
      if (check) check(doc.body, ctx.v1.body, reportFor(ctx, doc, CONFLICT_RULE, ''), ctx);
    }
  }
  containerMode(ctx);
  for (const entry of registry.entries) {
    const def = kindDef(entry.kind);
    if (entry.crossCheck && def && existsIn(def, contract)) entry.crossCheck(docs, ctx);
  }
  controlPlaneOnly(ctx, registry);
  return ctx.issues;
}
