/**
 * Facts about each Talos release line that validation needs and the typed model does not carry: text-enum
 * values, the keys Talos's published schema requires, deprecated fields and their replacements, the
 * Kubernetes versions a Talos line supports, Talos API roles and protected kubelet fields. Derived from
 * Talos's sources by scripts/extract-talos-facts.mjs.
 */
import type { Contract } from '../model/model.js';
import data from './data/talos-facts.json' with { type: 'json' };

export interface EnumFact {
  values: string[];
  /** Talos also accepts the values in another letter case. */
  ci: boolean;
}

export interface CompatibilityFact {
  /** Oldest supported Kubernetes version (inclusive). */
  minKubernetes: string;
  /** Kubernetes versions from this one on are too new (Talos compares `>=`). */
  maxKubernetes: string;
  /** Oldest Talos version that can upgrade to this line. */
  minUpgradeFrom: string;
}

interface FactsData {
  source: Record<Contract, string>;
  enums: Record<Contract, Record<string, EnumFact>>;
  required: Record<Contract, Record<string, string[]>>;
  deprecated: Record<Contract, Record<string, string[]>>;
  compatibility: Record<Contract, CompatibilityFact>;
  roles: Record<Contract, string[]>;
  kubeletProtected: Record<Contract, string[]>;
}

const facts = data as unknown as FactsData;

/** Values a Go text-enum type accepts (by the model's Go name, e.g. `nethelpers.BondMode`). */
export function enumFact(goType: string, contract: Contract): EnumFact | undefined {
  return facts.enums[contract][goType];
}

export function requiredKeys(ref: string, contract: Contract): readonly string[] {
  return facts.required[contract][ref] ?? [];
}

/** Replacement kinds of a deprecated field (possibly none); undefined when the field is not deprecated. */
export function deprecation(ref: string, field: string, contract: Contract): readonly string[] | undefined {
  return facts.deprecated[contract][`${ref}.${field}`];
}

export function compatibility(contract: Contract): CompatibilityFact {
  return facts.compatibility[contract];
}

export function talosRoles(contract: Contract): readonly string[] {
  return facts.roles[contract];
}

export function kubeletProtectedFields(contract: Contract): readonly string[] {
  return facts.kubeletProtected[contract];
}

/** The Talos release each contract's facts were taken from. */
export function factsSource(): Record<Contract, string> {
  return facts.source;
}
