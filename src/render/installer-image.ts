/**
 * A machine config's installer image, read and written where the kinds say the config keeps it (Talos
 * 1.14's `UnattendedInstallConfig` when the config has one, else v1alpha1's install section). Written
 * here when a schematic decides the image.
 */
import { decodeDocument } from '../config/decode.js';
import type { ConfigDocument } from '../config/document.js';
import { strategicMerge } from '../config/patch.js';
import { type Origin, originOf } from '../config/tree.js';
import { installerImage, installerImageSlot } from '../kinds/images.js';
import type { Contract } from '../model/model.js';
import { documentPath } from '../validate/paths.js';
import { fromJS, type YNode } from '../yaml/ynode.js';

/** The installer image the config installs and upgrades from, if it names one. */
export function installerImageOf(docs: readonly ConfigDocument[]): string | undefined {
  return installerImage(docs)?.value;
}

/** The field path of the installer image in this config, for messages. */
export function installerImagePath(docs: readonly ConfigDocument[]): string {
  const slot = installerImageSlot(docs);
  return slot ? documentPath(slot.doc, slot.path) : 'installer image';
}

/** Where the config's installer image was set (the patch file and line), when it came from a file. */
export function installerImageOrigin(docs: readonly ConfigDocument[]): Origin | undefined {
  const slot = installerImageSlot(docs);
  if (!slot) return undefined;
  const parent = slot.path
    .slice(0, -1)
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], slot.doc.body);
  return parent && typeof parent === 'object' ? originOf(parent, slot.path.at(-1)!) : undefined;
}

function at(n: YNode, line: number | undefined): YNode {
  const pos = line ? { line, column: 1 } : undefined;
  if (n.t === 'map')
    return {
      ...n,
      pos,
      entries: n.entries.map((e) => ({ key: { ...e.key, pos }, value: at(e.value, line) })),
    };
  if (n.t === 'seq') return { ...n, pos, items: n.items.map((i) => at(i, line)) };
  return { ...n, pos };
}

/** The config with its installer image set (origins point at `source`, e.g. the schematic line). */
export function withInstallerImage(
  docs: ConfigDocument[],
  image: string,
  contract: Contract,
  source: { file: string; line?: number },
): ConfigDocument[] {
  const slot = installerImageSlot(docs);
  if (!slot) return docs;
  const set = slot.path.reduceRight<unknown>((v, k) => ({ [k]: v }), image) as Record<string, unknown>;
  const doc =
    slot.doc.kind === 'v1alpha1'
      ? set
      : {
          apiVersion: slot.doc.apiVersion,
          kind: slot.doc.kind,
          ...(slot.doc.name ? { name: slot.doc.name } : {}),
          ...set,
        };
  const entry = decodeDocument(
    {
      root: at(fromJS(doc), source.line),
      index: 0,
      pos: source.line ? { line: source.line, column: 1 } : undefined,
    },
    { file: source.file, contract },
  );
  return strategicMerge(docs, { type: 'strategic', entries: [entry], source: source.file }, contract);
}
