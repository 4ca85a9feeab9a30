/**
 * The typed model of Talos machine-config documents: every kind, every field with its Go type, YAML
 * name, output order, omitempty, merge tag and the contracts it exists in. The data is derived from
 * Talos's Go types (scripts/extract-talos-model.mjs); the behaviour attached to each type (merge rules,
 * YAML form, secrecy, reboot impact) lives in the sibling modules, which all read this one model.
 */
import data from './talos-model.json' with { type: 'json' };

export const CONTRACTS = ['1.10', '1.11', '1.12', '1.13', '1.14'] as const;
export type Contract = (typeof CONTRACTS)[number];
export const NEWEST_CONTRACT: Contract = '1.14';

export type ScalarKind =
  | 'string'
  | 'bool'
  | 'int'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'float32'
  | 'float64';

/** A Go type as the engine needs to know it. `named` is the Go name of a named list/map type. */
export type TypeExpr =
  | { k: 'scalar'; s: ScalarKind; ptr?: boolean; named?: string }
  | { k: 'struct'; ref: string; ptr?: boolean; empty?: boolean }
  | { k: 'list'; of: TypeExpr; ptr?: boolean; named?: string }
  | { k: 'map'; of: TypeExpr; ptr?: boolean; named?: string }
  | { k: 'special'; name: SpecialName; ptr?: boolean; go?: string; named?: string };

export type SpecialName =
  | 'duration'
  | 'url'
  | 'args'
  | 'unstructured'
  | 'prefix'
  | 'addr'
  | 'addrport'
  | 'certkey'
  | 'cert'
  | 'key'
  | 'cel'
  | 'bytesize'
  | 'percentsize'
  | 'size'
  | 'base64bytes'
  | 'bytes'
  | 'disksize'
  | 'filemode'
  | 'disksizematcher'
  | 'portrange'
  | 'hwaddr'
  | 'text'
  | 'any'
  | 'unknown';

export interface FieldDef {
  /** YAML key. */
  name: string;
  /** Go field name (Talos's own error messages use it). */
  go: string;
  type: TypeExpr;
  omitempty?: boolean;
  mergeReplace?: boolean;
  flow?: boolean;
  /** Left out of Talos's published schema (docgen:nodoc). */
  nodoc?: boolean;
  /** Talos still accepts the field but has marked it deprecated. */
  deprecated?: boolean;
  since?: Contract;
  until?: Contract;
  /** Older contracts where the field had another Go type. */
  typeBefore?: Partial<Record<Contract, TypeExpr>>;
}

export interface KindDef {
  kind: string;
  /** Go type of the document, `package.Type`. */
  type: string;
  /** Whether documents of this kind are identified by their `name`. */
  named: boolean;
  /** Whether Talos redacts something in this kind. */
  redacts: boolean;
  /** The fields Talos's `Redact` replaces (in any contract), as secret path patterns. */
  secretFields?: string[];
  /** Contracts in which Talos's source has a `Validate` method for the kind. */
  validates?: Contract[];
  /** Contracts in which the kind has a `V1Alpha1ConflictValidate` method. */
  v1alpha1Conflict?: Contract[];
  /** Contracts in which the kind is a `ControlplaneOnlyDocument`. */
  controlPlaneOnly?: Contract[];
  since?: Contract;
  until?: Contract;
}

interface ModelData {
  source: Record<string, string>;
  contracts: string[];
  kinds: KindDef[];
  types: Record<string, { fields: FieldDef[]; since?: Contract }>;
}

const model = data as unknown as ModelData;

export const V1ALPHA1 = 'v1alpha1';

const kindsByName = new Map(model.kinds.map((k) => [k.kind, k]));

export function modelSource(): Record<string, string> {
  return model.source;
}

export function allKinds(): KindDef[] {
  return model.kinds;
}

export function kindDef(kind: string): KindDef | undefined {
  return kindsByName.get(kind);
}

export function contractIndex(c: Contract): number {
  return CONTRACTS.indexOf(c);
}

/** Whether something with since/until exists in the contract (no contract = any). */
export function existsIn(item: { since?: Contract; until?: Contract }, contract?: Contract): boolean {
  if (!contract) return true;
  const i = contractIndex(contract);
  if (item.since && i < contractIndex(item.since)) return false;
  if (item.until && i > contractIndex(item.until)) return false;
  return true;
}

export function kindsIn(contract: Contract): KindDef[] {
  return model.kinds.filter((k) => existsIn(k, contract));
}

export interface StructInfo {
  ref: string;
  fields: FieldDef[];
  byName: Map<string, FieldDef>;
}

const structCache = new Map<string, StructInfo>();

/**
 * A struct's fields for a contract, in Go (output) order, with each field's type as it was in that
 * contract. Without a contract: every field any supported contract knows, in their newest form.
 */
export function structInfo(ref: string, contract?: Contract): StructInfo {
  const key = `${ref}@${contract ?? '*'}`;
  let info = structCache.get(key);
  if (info) return info;
  const t = model.types[ref];
  if (!t) throw new Error(`model has no type ${ref}`);
  const fields: FieldDef[] = [];
  for (const f of t.fields) {
    if (!existsIn(f, contract)) continue;
    const older = contract ? f.typeBefore?.[contract] : undefined;
    fields.push(older ? { ...f, type: older } : f);
  }
  info = { ref, fields, byName: new Map(fields.map((f) => [f.name, f])) };
  structCache.set(key, info);
  return info;
}

export function hasType(ref: string): boolean {
  return ref in model.types;
}

/** `v1.13.9` / `1.13` / `v1.13` → `1.13`; undefined when outside the supported range. */
export function contractOf(version: string): Contract | undefined {
  const m = version.trim().match(/^v?(\d+)\.(\d+)/);
  if (!m) return undefined;
  const c = `${Number(m[1])}.${Number(m[2])}`;
  return (CONTRACTS as readonly string[]).includes(c) ? (c as Contract) : undefined;
}

export interface VersionContract {
  contract: Contract;
  /** The version is a newer minor than the newest contract: it is validated under that contract. */
  newerThanKnown?: boolean;
}

/**
 * The contract a Talos version is validated under: its minor's contract (any patch release of it,
 * newer than the model knows or not), or the newest contract for a newer minor — tools that refuse
 * Talos releases newer than themselves block their users' upgrades. Undefined for versions older than
 * the oldest contract or that are not versions.
 */
export function contractForVersion(version: string): VersionContract | undefined {
  const m = version.trim().match(/^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/);
  if (!m) return undefined;
  const exact = contractOf(`${m[1]}.${m[2]}`);
  if (exact) return { contract: exact };
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const [newestMajor, newestMinor] = NEWEST_CONTRACT.split('.').map(Number) as [number, number];
  if (major > newestMajor || (major === newestMajor && minor > newestMinor))
    return { contract: NEWEST_CONTRACT, newerThanKnown: true };
  return undefined;
}

/** What to tell a user whose Talos version is a newer minor than the newest contract. */
export function newerVersionMessage(version: string): string {
  return `Talos ${version} is newer than the newest version this tool knows (${NEWEST_CONTRACT}): it is validated under the ${NEWEST_CONTRACT} contract, so fields and rules added since are not checked`;
}
