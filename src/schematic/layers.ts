/**
 * A node's schematic from the levels of cluster.yaml that set one (cluster → role → node), combined
 * least to most specific:
 *
 * - system extensions: the union, in level order, each extension once;
 * - extra kernel args: appended in level order, an argument already present is not repeated;
 * - META values: by key, a more specific level replaces the value of the same key;
 * - overlay, bootloader, secure boot options, disk image options, `secureBoot`, `platform`,
 *   `factory`: the most specific level that sets one wins, whole.
 *
 * The result is the Image Factory schematic a node installs from, its ID (computed offline) and the
 * installer image for the cluster's Talos version.
 */
import type { SourceRef } from '../render/types.js';
import {
  encodeFactorySchematic,
  type FactoryCustomization,
  type FactorySchematic,
  schematicId,
} from './factory.js';
import { DEFAULT_FACTORY, DEFAULT_PLATFORM, factoryInstallerImage } from './installer.js';

/** What one level of cluster.yaml says under `schematic:`. */
export interface SchematicLevel {
  /** The factory fields as written at this level (absent = not set here). */
  schematic: FactorySchematic;
  /** Install from the secure boot installer. */
  secureBoot?: boolean;
  /** The Image Factory platform of the installer (metal, aws, gcp, nocloud, …). */
  platform?: string;
  /** The factory's host, for self-hosted factories. */
  factory?: string;
  /** The `schematic:` key in cluster.yaml. */
  source: SourceRef;
}

/** The schematic a node installs from. */
export interface NodeSchematic {
  schematic: FactorySchematic;
  id: string;
  /** The canonical YAML the factory hashes (what `POST /schematics` would be sent). */
  yaml: string;
  /** The official system extensions, in schematic order. */
  extensions: string[];
  secureBoot: boolean;
  platform: string;
  factory: string;
  /** `<factory>/<platform>-installer[-secureboot]/<id>:<talosVersion>` */
  installerImage: string;
  /** The levels it was combined from, least specific first. */
  sources: SourceRef[];
}

function appendUnique(into: string[], more: readonly string[] | undefined): void {
  for (const v of more ?? []) if (!into.includes(v)) into.push(v);
}

export function combineSchematic(
  levels: readonly (SchematicLevel | undefined)[],
  talosVersion: string,
): NodeSchematic | undefined {
  const set = levels.filter((l): l is SchematicLevel => l !== undefined);
  if (set.length === 0) return undefined;
  const extensions: string[] = [];
  const kernelArgs: string[] = [];
  const meta = new Map<number, string>();
  const customization: FactoryCustomization = {};
  const out: FactorySchematic = { customization };
  let secureBoot = false;
  let platform = DEFAULT_PLATFORM;
  let factory = DEFAULT_FACTORY;
  for (const level of set) {
    const c = level.schematic.customization;
    appendUnique(extensions, c.systemExtensions?.officialExtensions);
    appendUnique(kernelArgs, c.extraKernelArgs);
    // a replaced key keeps its place
    for (const m of c.meta ?? []) meta.set(m.key, m.value);
    if (level.schematic.overlay) out.overlay = level.schematic.overlay;
    if (c.bootloader !== undefined) customization.bootloader = c.bootloader;
    if (c.secureboot !== undefined) customization.secureboot = c.secureboot;
    if (c.diskImage !== undefined) customization.diskImage = c.diskImage;
    if (level.secureBoot !== undefined) secureBoot = level.secureBoot;
    if (level.platform !== undefined) platform = level.platform;
    if (level.factory !== undefined) factory = level.factory;
  }
  if (kernelArgs.length) customization.extraKernelArgs = kernelArgs;
  if (meta.size) customization.meta = [...meta].map(([key, value]) => ({ key, value }));
  if (extensions.length) customization.systemExtensions = { officialExtensions: extensions };
  const id = schematicId(out);
  return {
    schematic: out,
    id,
    yaml: encodeFactorySchematic(out),
    extensions,
    secureBoot,
    platform,
    factory,
    installerImage: factoryInstallerImage({ schematicId: id, talosVersion, platform, secureBoot, factory }),
    sources: set.map((l) => l.source),
  };
}

/** What a change of schematic does to a node's extensions. */
export function extensionChange(
  before: readonly string[],
  after: readonly string[],
): { gained: string[]; lost: string[] } {
  return {
    gained: after.filter((e) => !before.includes(e)),
    lost: before.filter((e) => !after.includes(e)),
  };
}
