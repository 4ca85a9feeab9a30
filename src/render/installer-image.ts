/**
 * Where a machine config carries its installer image: the `UnattendedInstallConfig` document (Talos
 * 1.14's install instructions) when the config has one, else v1alpha1 `machine.install.image`.
 * Read here, and written here when a schematic decides the image.
 */
import { decodeDocument } from '../config/decode.js';
import type { ConfigDocument } from '../config/document.js';
import { strategicMerge } from '../config/patch.js';
import { type Origin, originOf } from '../config/tree.js';
import type { Contract } from '../model/model.js';
import { fromJS, type YNode } from '../yaml/ynode.js';

const UNATTENDED = 'UnattendedInstallConfig';

function holder(docs: readonly ConfigDocument[]): {
  obj: Record<string, unknown> | undefined;
  unattended: boolean;
} {
  const u = docs.find((d) => d.kind === UNATTENDED);
  if (u) return { obj: u.body.installer as Record<string, unknown> | undefined, unattended: true };
  const v1 = docs.find((d) => d.kind === 'v1alpha1');
  const machine = v1?.body.machine as Record<string, unknown> | undefined;
  return { obj: machine?.install as Record<string, unknown> | undefined, unattended: false };
}

/** The installer image the config installs and upgrades from, if it names one. */
export function installerImageOf(docs: readonly ConfigDocument[]): string | undefined {
  const image = holder(docs).obj?.image;
  return typeof image === 'string' && image !== '' ? image : undefined;
}

/** The field path of the installer image in this config, for messages. */
export function installerImagePath(docs: readonly ConfigDocument[]): string {
  return holder(docs).unattended ? `${UNATTENDED}.installer.image` : 'machine.install.image';
}

/** Where the config's installer image was set (the patch file and line), when it came from a file. */
export function installerImageOrigin(docs: readonly ConfigDocument[]): Origin | undefined {
  const { obj } = holder(docs);
  return obj ? originOf(obj, 'image') : undefined;
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
  const doc = holder(docs).unattended
    ? { apiVersion: 'v1alpha1', kind: UNATTENDED, installer: { image } }
    : { machine: { install: { image } } };
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
