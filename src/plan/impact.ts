/**
 * What applying a new config does to a node, predicted from the typed documents and the node's version
 * contract: nothing, a live apply, a reboot (Talos's immediate-apply rules up to 1.13; from 1.14 Talos
 * never reboots on apply, but documents which changes only take effect after a reboot), a Talos upgrade
 * (installer image or version change, which apply alone never does), a Kubernetes upgrade.
 */

import { sameCanonical, withCanonicalCache } from '../config/canonical.js';
import type { ConfigDocument } from '../config/document.js';
import { appliesWithoutReboot, immediateApplyBlockers, rebootToTakeEffect } from '../kinds/apply.js';
import { installerImage } from '../kinds/images.js';
import type { Contract } from '../model/model.js';
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

function docKey(d: ConfigDocument): string {
  return d.def.named ? `${d.kind}/${d.name}` : d.kind;
}

function byKey(docs: ConfigDocument[]): Map<string, ConfigDocument> {
  return new Map(docs.map((d) => [docKey(d), d]));
}

export function predictImpact(
  before: ConfigDocument[],
  after: ConfigDocument[],
  contract: Contract,
  versions: { before: NodeVersions; after: NodeVersions },
): ImpactResult {
  // the documents are compared here and again by the apply rules: each is encoded once
  return withCanonicalCache(() => predict(before, after, contract, versions));
}

function predict(
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
    if (!da || !db || !sameCanonical(da.body, db.body, { k: 'struct', ref: type }, contract))
      changedDocs.push(k);
  }
  if (changedDocs.length === 0 && versions.before.talosVersion === versions.after.talosVersion) {
    return { impacts: ['none'], reasons: [] };
  }

  if (versions.before.talosVersion !== versions.after.talosVersion) {
    impacts.add('talos-upgrade');
    reasons.push(`talosVersion ${versions.before.talosVersion} → ${versions.after.talosVersion}`);
  } else if (installerImage(before)?.value !== installerImage(after)?.value) {
    impacts.add('talos-upgrade');
    reasons.push('installer image changed');
  }
  if (versions.before.kubernetesVersion !== versions.after.kubernetesVersion) {
    impacts.add('kubernetes-upgrade');
    reasons.push(
      `kubernetesVersion ${versions.before.kubernetesVersion} → ${versions.after.kubernetesVersion}`,
    );
  }

  const rebootFields = appliesWithoutReboot(contract)
    ? rebootToTakeEffect(before, after)
    : immediateApplyBlockers(before, after, contract);
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
