/**
 * Whether the kind registry is whole against the typed model: every kind of every contract has an
 * entry; a kind Talos validates has rules; the fields Talos's `Redact` replaces are exactly the entry's
 * secret fields; control-plane-only kinds are marked so. Run by the completeness test.
 */
import { allKinds, type KindDef } from '../model/model.js';
import type { KindRegistry } from './registry.js';

export type CompletenessProblemKind =
  | 'no-entry'
  | 'unknown-kind'
  | 'no-rules'
  | 'no-conflict-rules'
  | 'secret-not-listed'
  | 'secret-not-redacted'
  | 'control-plane-only';

export interface CompletenessProblem {
  kind: string;
  problem: CompletenessProblemKind;
  detail: string;
}

export function completenessProblems(
  registry: KindRegistry,
  kinds: readonly KindDef[] = allKinds(),
): CompletenessProblem[] {
  const out: CompletenessProblem[] = [];
  const add = (kind: string, problem: CompletenessProblemKind, detail: string) =>
    out.push({ kind, problem, detail });
  for (const def of kinds) {
    const entry = registry.entry(def.kind);
    if (!entry) {
      add(def.kind, 'no-entry', `${def.kind} has no entry in src/kinds/`);
      continue;
    }
    if (def.validates?.length && !entry.validate)
      add(
        def.kind,
        'no-rules',
        `Talos validates ${def.kind} (${def.validates.join(', ')}); its entry has no rules`,
      );
    if (def.v1alpha1Conflict?.length && !entry.conflictsWithV1alpha1)
      add(
        def.kind,
        'no-conflict-rules',
        `Talos checks ${def.kind} against v1alpha1 (${def.v1alpha1Conflict.join(', ')}); its entry does not`,
      );
    const redacted = new Set(def.secretFields ?? []);
    const listed = new Set(entry.secrets ?? []);
    for (const f of redacted)
      if (!listed.has(f))
        add(
          def.kind,
          'secret-not-listed',
          `Talos redacts ${def.kind} ${f}; the entry's secrets do not list it`,
        );
    for (const f of listed)
      if (!redacted.has(f))
        add(
          def.kind,
          'secret-not-redacted',
          `${def.kind} ${f} is listed as secret, but Talos's Redact does not replace it`,
        );
    for (const s of entry.alsoSecret ?? [])
      if (redacted.has(s.path))
        add(
          def.kind,
          'secret-not-listed',
          `Talos redacts ${def.kind} ${s.path}: list it in secrets, not alsoSecret`,
        );
    if (!!def.controlPlaneOnly?.length !== !!entry.controlPlaneOnly)
      add(
        def.kind,
        'control-plane-only',
        def.controlPlaneOnly?.length
          ? `Talos keeps ${def.kind} to control planes; its entry does not say so`
          : `${def.kind} is marked control-plane-only, but Talos allows it everywhere`,
      );
  }
  const known = new Set(kinds.map((k) => k.kind));
  for (const e of registry.entries)
    if (!known.has(e.kind))
      add(e.kind, 'unknown-kind', `${e.kind} has an entry but the model has no such kind`);
  return out;
}
