/**
 * What applying a new config does to a node, predicted from the typed documents and the node's version
 * contract: nothing, a live apply, a reboot (Talos's immediate-apply rules up to 1.13; from 1.14 Talos
 * never reboots on apply, but documents which changes only take effect after a reboot), a Talos upgrade
 * (installer image or version change, which apply alone never does), a Kubernetes upgrade.
 */
import type { ConfigDocument } from '../config/document.js';
import { encodeValue } from '../config/encode.js';
import {
  LIVE_FEATURE_FIELDS,
  LIVE_FEATURE_FIELDS_SINCE_1_9,
  LIVE_MACHINE_FIELDS,
} from '../model/apply-rules.js';
import { type Contract, contractIndex, kindDef, structInfo } from '../model/model.js';
import { installerImageOf } from '../render/installer-image.js';
import { emitDocument } from '../yaml/emitter.js';
import type { Impact } from './types.js';

export interface NodeVersions {
  talosVersion: string;
  kubernetesVersion: string;
}

export interface ImpactResult {
  impacts: Impact[];
  /** Field paths that made it a reboot or an upgrade. */
  reasons: string[];
}

function canonical(v: unknown, ref: string, contract?: Contract): string {
  return emitDocument(encodeValue(v, { k: 'struct', ref }, contract), { indent: 2 });
}

function docKey(d: ConfigDocument): string {
  return d.def.named ? `${d.kind}/${d.name}` : d.kind;
}

function byKey(docs: ConfigDocument[]): Map<string, ConfigDocument> {
  return new Map(docs.map((d) => [docKey(d), d]));
}

/** Fields (dotted, top two levels) that differ between two versions of one struct. */
function changedFields(
  a: unknown,
  b: unknown,
  ref: string,
  contract: Contract | undefined,
  prefix: string,
  depth: number,
): string[] {
  const out: string[] = [];
  const ao = (a ?? {}) as Record<string, unknown>;
  const bo = (b ?? {}) as Record<string, unknown>;
  for (const f of structInfo(ref, contract).fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const left = emitDocument(encodeValue(ao[f.name], f.type, contract), { indent: 2 });
    const right = emitDocument(encodeValue(bo[f.name], f.type, contract), { indent: 2 });
    if (left === right) continue;
    if (depth > 1 && f.type.k === 'struct')
      out.push(...changedFields(ao[f.name], bo[f.name], f.type.ref, contract, path, depth - 1));
    else out.push(path);
  }
  return out;
}

export function predictImpact(
  before: ConfigDocument[],
  after: ConfigDocument[],
  contract: Contract,
  versions: { before: NodeVersions; after: NodeVersions },
): ImpactResult {
  const impacts = new Set<Impact>();
  const reasons: string[] = [];
  const a = byKey(before);
  const b = byKey(after);
  const changedDocs: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const da = a.get(k);
    const db = b.get(k);
    const type = (da ?? db)!.def.type;
    if (!da || !db || canonical(da.body, type, contract) !== canonical(db.body, type, contract))
      changedDocs.push(k);
  }
  if (changedDocs.length === 0 && versions.before.talosVersion === versions.after.talosVersion) {
    return { impacts: ['none'], reasons: [] };
  }

  const installImage = (docs: Map<string, ConfigDocument>) => installerImageOf([...docs.values()]);
  if (versions.before.talosVersion !== versions.after.talosVersion) {
    impacts.add('talos-upgrade');
    reasons.push(`talosVersion ${versions.before.talosVersion} → ${versions.after.talosVersion}`);
  } else if (installImage(a) !== installImage(b)) {
    impacts.add('talos-upgrade');
    reasons.push('installer image changed');
  }
  if (versions.before.kubernetesVersion !== versions.after.kubernetesVersion) {
    impacts.add('kubernetes-upgrade');
    reasons.push(
      `kubernetesVersion ${versions.before.kubernetesVersion} → ${versions.after.kubernetesVersion}`,
    );
  }

  const rebootFields =
    contractIndex(contract) >= contractIndex('1.14')
      ? explicitRebootFields(a, b, contract)
      : immediateApplyBlockers(a, b, contract);
  if (rebootFields.length > 0) {
    impacts.add('reboot');
    reasons.push(...rebootFields);
  }
  if (changedDocs.length > 0) impacts.add('live');
  const order: Impact[] = ['talos-upgrade', 'kubernetes-upgrade', 'reboot', 'live'];
  const list = order.filter((i) => impacts.has(i));
  // a reboot subsumes a live apply in what the reviewer needs to know
  return { impacts: list.includes('reboot') ? list.filter((i) => i !== 'live') : list, reasons };
}

/** Up to 1.13: any v1alpha1 difference outside the live-applicable fields makes Talos reboot. */
function immediateApplyBlockers(
  a: Map<string, ConfigDocument>,
  b: Map<string, ConfigDocument>,
  contract: Contract,
): string[] {
  const before = a.get('v1alpha1')?.body;
  const after = b.get('v1alpha1')?.body;
  if (!before || !after) return before === after ? [] : ['v1alpha1 document added or removed'];
  const strip = (body: Record<string, unknown>) => {
    const copy: Record<string, unknown> = { ...body };
    delete copy.debug;
    delete copy.cluster;
    const machine = { ...((copy.machine as Record<string, unknown> | undefined) ?? {}) };
    for (const f of LIVE_MACHINE_FIELDS) delete machine[f];
    // every supported contract is 1.10 or newer, so the 1.9 additions always apply
    const features = { ...((machine.features as Record<string, unknown> | undefined) ?? {}) };
    for (const f of [...LIVE_FEATURE_FIELDS, ...LIVE_FEATURE_FIELDS_SINCE_1_9]) delete features[f];
    machine.features = features;
    copy.machine = machine;
    return copy;
  };
  return changedFields(strip(before), strip(after), kindDef('v1alpha1')!.type, contract, '', 3);
}

/** From 1.14: the documented changes that only take effect after an explicit reboot. */
function explicitRebootFields(
  a: Map<string, ConfigDocument>,
  b: Map<string, ConfigDocument>,
  contract: Contract,
): string[] {
  const out: string[] = [];
  const get = (m: Map<string, ConfigDocument>, key: string, ...path: string[]) => {
    let cur: unknown = m.get(key)?.body;
    for (const p of path) cur = (cur as Record<string, unknown> | undefined)?.[p];
    return cur;
  };
  const differs = (x: unknown, y: unknown) => JSON.stringify(x ?? null) !== JSON.stringify(y ?? null);
  if (differs(get(a, 'v1alpha1', 'cluster', 'etcd'), get(b, 'v1alpha1', 'cluster', 'etcd')))
    out.push('cluster.etcd');
  if (differs(get(a, 'v1alpha1', 'machine', 'env'), get(b, 'v1alpha1', 'machine', 'env')))
    out.push('machine.env');
  if (differs(get(a, 'EnvironmentConfig'), get(b, 'EnvironmentConfig'))) out.push('EnvironmentConfig');
  if (
    differs(
      get(a, 'v1alpha1', 'machine', 'kernel', 'modules'),
      get(b, 'v1alpha1', 'machine', 'kernel', 'modules'),
    )
  ) {
    out.push('machine.kernel.modules');
  }
  if (
    differs(
      get(a, 'SecurityProfileConfig', 'workloadIsolation'),
      get(b, 'SecurityProfileConfig', 'workloadIsolation'),
    )
  ) {
    out.push('SecurityProfileConfig.workloadIsolation');
  }
  if (
    differs(
      get(a, 'v1alpha1', 'machine', 'systemDiskEncryption'),
      get(b, 'v1alpha1', 'machine', 'systemDiskEncryption'),
    )
  ) {
    out.push('machine.systemDiskEncryption');
  }
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const kind = k.split('/')[0]!;
    if (kind === 'KernelModuleConfig' && differs(a.get(k)?.body, b.get(k)?.body)) out.push(k);
    if (['VolumeConfig', 'UserVolumeConfig', 'RawVolumeConfig', 'SwapVolumeConfig'].includes(kind)) {
      if (differs(a.get(k)?.body.encryption, b.get(k)?.body.encryption)) out.push(`${k}.encryption`);
    }
  }
  void contract;
  return out;
}
