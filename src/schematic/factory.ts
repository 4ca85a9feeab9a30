/**
 * The Image Factory's schematic, exactly as the factory models it: a strict decoder (unknown fields
 * are refused, as the factory's decoder does), the canonical YAML the factory marshals it to, and the
 * schematic ID, which is the SHA-256 of that YAML. Nothing here talks to a factory: the ID of a
 * schematic is a pure function of its content, so it is computed offline.
 *
 * Canonical form (go-yaml v4 `Marshal`, v3 layout): fields in declaration order, 4-space indent,
 * sequences indented under their key, `omitempty` fields left out when zero (a struct is zero when all
 * its fields are), `customization` always present (`customization: {}` when empty), maps sorted the
 * way go-yaml sorts keys, strings quoted only where go-yaml quotes them.
 */
import { createHash } from 'node:crypto';
import { decodeAny, encodeAny } from '../config/codecs.js';
import { goString } from '../config/scalars.js';
import { TalosGitopsError } from '../errors.js';
import { type ENode, emitDocument, scalar } from '../yaml/emitter.js';
import { resolvePlain } from '../yaml/go-scalar.js';
import { isNullScalar, parseYamlDocuments, type YMap, type YNode } from '../yaml/ynode.js';

/** Talos's imager bootloader kinds (text form); `none` is the zero value and is never written. */
export const BOOTLOADERS = ['none', 'dual-boot', 'sd-boot', 'grub'] as const;
export type Bootloader = (typeof BOOTLOADERS)[number];

export interface MetaValue {
  key: number;
  value: string;
}

export interface FactoryCustomization {
  embeddedMachineConfiguration?: string;
  extraKernelArgs?: string[];
  meta?: MetaValue[];
  systemExtensions?: { officialExtensions?: string[] };
  bootloader?: Bootloader;
  secureboot?: { enrollKeys?: string; includeWellKnownCertificates?: boolean };
  diskImage?: { sectorSize?: number };
}

export interface FactoryOverlay {
  image: string;
  name: string;
  options?: Record<string, unknown>;
}

export interface FactorySchematic {
  owner?: string;
  overlay?: FactoryOverlay;
  customization: FactoryCustomization;
}

export class SchematicError extends TalosGitopsError {
  override name = 'SchematicError';
}

// ---- decoding (the factory's Unmarshal with KnownFields) ----

interface Where {
  file: string;
  /** Dotted path of the value being decoded, for messages. */
  path: string;
}

function fail(message: string, n: YNode | undefined, w: Where): never {
  throw new SchematicError(message, { file: w.file, line: n?.pos?.line, field: w.path || undefined });
}

function at(w: Where, key: string | number): Where {
  if (typeof key === 'number') return { ...w, path: `${w.path}[${key}]` };
  return { ...w, path: w.path ? `${w.path}.${key}` : key };
}

function describe(n: YNode): string {
  if (n.t === 'map') return 'a mapping';
  if (n.t === 'seq') return 'a list';
  return JSON.stringify(n.text);
}

/** A struct's fields: unknown keys are refused, a null value leaves the field unset. */
function fields(n: YNode, known: readonly string[], w: Where): Map<string, { node: YNode; w: Where }> {
  if (n.t !== 'map') fail(`expected a mapping, got ${describe(n)}`, n, w);
  const out = new Map<string, { node: YNode; w: Where }>();
  for (const e of (n as YMap).entries) {
    const key = e.key.text;
    if (!known.includes(key)) fail(`field ${key} not found in the schematic format`, e.key, at(w, key));
    if (!isNullScalar(e.value)) out.set(key, { node: e.value, w: at(w, key) });
  }
  return out;
}

function str(n: YNode, w: Where): string {
  if (n.t !== 'scalar') fail(`expected a string, got ${describe(n)}`, n, w);
  return n.text;
}

function bool(n: YNode, w: Where): boolean {
  if (n.t === 'scalar' && !n.quoted) {
    const r = resolvePlain(n.text);
    if (r.tag === 'bool') return r.value as boolean;
  }
  return fail(`expected true or false, got ${describe(n)}`, n, w);
}

function uint(n: YNode, w: Where, max: number): number {
  if (n.t === 'scalar' && !n.quoted) {
    const r = resolvePlain(n.text);
    if (r.tag === 'int' && Number(r.value) >= 0 && Number(r.value) <= max) return Number(r.value);
  }
  return fail(`expected a whole number from 0 to ${max}, got ${describe(n)}`, n, w);
}

function list<T>(n: YNode, w: Where, item: (n: YNode, w: Where) => T): T[] {
  if (n.t !== 'seq') fail(`expected a list, got ${describe(n)}`, n, w);
  return n.items.map((i, k) => item(i, at(w, k)));
}

function decodeCustomization(n: YNode, w: Where): FactoryCustomization {
  const f = fields(
    n,
    [
      'embeddedMachineConfiguration',
      'extraKernelArgs',
      'meta',
      'systemExtensions',
      'bootloader',
      'secureboot',
      'diskImage',
    ],
    w,
  );
  const c: FactoryCustomization = {};
  for (const [key, { node, w: fw }] of f) {
    switch (key) {
      case 'embeddedMachineConfiguration':
        c.embeddedMachineConfiguration = str(node, fw);
        break;
      case 'extraKernelArgs':
        c.extraKernelArgs = list(node, fw, str);
        break;
      case 'meta':
        c.meta = list(node, fw, (m, mw) => {
          const mf = fields(m, ['key', 'value'], mw);
          const k = mf.get('key');
          const v = mf.get('value');
          return { key: k ? uint(k.node, k.w, 255) : 0, value: v ? str(v.node, v.w) : '' };
        });
        break;
      case 'systemExtensions': {
        const sf = fields(node, ['officialExtensions'], fw);
        const off = sf.get('officialExtensions');
        c.systemExtensions = off ? { officialExtensions: list(off.node, off.w, str) } : {};
        break;
      }
      case 'bootloader': {
        const text = str(node, fw);
        if (!(BOOTLOADERS as readonly string[]).includes(text)) {
          fail(`${text} does not belong to the bootloader kinds (${BOOTLOADERS.join(', ')})`, node, fw);
        }
        c.bootloader = text as Bootloader;
        break;
      }
      case 'secureboot': {
        const sf = fields(node, ['enrollKeys', 'includeWellKnownCertificates'], fw);
        const e = sf.get('enrollKeys');
        const i = sf.get('includeWellKnownCertificates');
        c.secureboot = {
          ...(e ? { enrollKeys: str(e.node, e.w) } : {}),
          ...(i ? { includeWellKnownCertificates: bool(i.node, i.w) } : {}),
        };
        break;
      }
      case 'diskImage': {
        const df = fields(node, ['sectorSize'], fw);
        const s = df.get('sectorSize');
        c.diskImage = s ? { sectorSize: uint(s.node, s.w, Number.MAX_SAFE_INTEGER) } : {};
        break;
      }
    }
  }
  return c;
}

function decodeOverlay(n: YNode, w: Where): FactoryOverlay {
  const f = fields(n, ['image', 'name', 'options'], w);
  const o: FactoryOverlay = {
    image: f.has('image') ? str(f.get('image')!.node, f.get('image')!.w) : '',
    name: f.has('name') ? str(f.get('name')!.node, f.get('name')!.w) : '',
  };
  const opts = f.get('options');
  if (opts) {
    if (opts.node.t !== 'map') fail(`expected a mapping, got ${describe(opts.node)}`, opts.node, opts.w);
    o.options = decodeAny(opts.node) as Record<string, unknown>;
  }
  return o;
}

/**
 * A schematic from its YAML (or JSON) node, refusing unknown fields. `extraKeys` are keys of the
 * enclosing format that are not the factory's (they are skipped here, the caller reads them).
 */
export function decodeFactorySchematic(
  n: YNode,
  file: string,
  opts: { path?: string; extraKeys?: readonly string[] } = {},
): FactorySchematic {
  const w: Where = { file, path: opts.path ?? '' };
  const f = fields(n, ['owner', 'overlay', 'customization', ...(opts.extraKeys ?? [])], w);
  const s: FactorySchematic = { customization: {} };
  const owner = f.get('owner');
  if (owner) s.owner = str(owner.node, owner.w);
  const overlay = f.get('overlay');
  if (overlay) s.overlay = decodeOverlay(overlay.node, overlay.w);
  const cust = f.get('customization');
  if (cust) s.customization = decodeCustomization(cust.node, cust.w);
  return s;
}

/** A schematic from the text the factory accepts (`POST /schematics`). */
export function parseFactorySchematic(text: string, file = 'schematic.yaml'): FactorySchematic {
  const docs = parseYamlDocuments(text, file).filter((d) => d.root !== null);
  if (docs.length === 0) return { customization: {} };
  return decodeFactorySchematic(docs[0]!.root!, file);
}

// ---- canonical encoding and the ID ----

type Field = [string, ENode | undefined];

const map = (entries: Field[]): ENode => ({
  k: 'map',
  entries: entries.filter((e): e is [string, ENode] => e[1] !== undefined).map(([k, v]) => [scalar(k), v]),
});

/** A struct field with `omitempty`: left out when every field of it was left out. */
function omitEmptyStruct(entries: Field[]): ENode | undefined {
  return entries.some(([, v]) => v !== undefined) ? map(entries) : undefined;
}

const strings = (a: string[] | undefined): ENode | undefined =>
  a?.length ? { k: 'seq', items: a.map(goString) } : undefined;
const nonEmpty = (s: string | undefined): ENode | undefined => (s ? goString(s) : undefined);

function encodeCustomization(c: FactoryCustomization): ENode {
  return map([
    ['embeddedMachineConfiguration', nonEmpty(c.embeddedMachineConfiguration)],
    ['extraKernelArgs', strings(c.extraKernelArgs)],
    [
      'meta',
      c.meta?.length
        ? {
            k: 'seq',
            items: c.meta.map((m) =>
              map([
                ['key', scalar(String(m.key))],
                ['value', goString(m.value)],
              ]),
            ),
          }
        : undefined,
    ],
    [
      'systemExtensions',
      omitEmptyStruct([['officialExtensions', strings(c.systemExtensions?.officialExtensions)]]),
    ],
    ['bootloader', c.bootloader && c.bootloader !== 'none' ? goString(c.bootloader) : undefined],
    [
      'secureboot',
      omitEmptyStruct([
        ['enrollKeys', nonEmpty(c.secureboot?.enrollKeys)],
        [
          'includeWellKnownCertificates',
          c.secureboot?.includeWellKnownCertificates ? scalar('true') : undefined,
        ],
      ]),
    ],
    [
      'diskImage',
      omitEmptyStruct([
        ['sectorSize', c.diskImage?.sectorSize ? scalar(String(c.diskImage.sectorSize)) : undefined],
      ]),
    ],
  ]);
}

function encodeOverlay(o: FactoryOverlay | undefined): ENode | undefined {
  if (!o) return undefined;
  const options = o.options && Object.keys(o.options).length > 0 ? encodeAny(o.options) : undefined;
  // image and name have no omitempty: a non-zero overlay always carries both
  if (!o.image && !o.name && !options) return undefined;
  return map([
    ['image', goString(o.image)],
    ['name', goString(o.name)],
    ['options', options],
  ]);
}

/** The canonical YAML the Image Factory stores and hashes. */
export function encodeFactorySchematic(s: FactorySchematic): string {
  const root = map([
    ['owner', nonEmpty(s.owner)],
    ['overlay', encodeOverlay(s.overlay)],
    ['customization', encodeCustomization(s.customization)],
  ]);
  return emitDocument(root, { indent: 4 });
}

/** The schematic ID: SHA-256 (hex) of the canonical YAML. */
export function schematicId(s: FactorySchematic): string {
  return createHash('sha256').update(encodeFactorySchematic(s)).digest('hex');
}

/** The ID of the empty schematic (vanilla Talos). */
export const EMPTY_SCHEMATIC_ID = schematicId({ customization: {} });
