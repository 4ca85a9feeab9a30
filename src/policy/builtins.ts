/**
 * Programmatic policy checks, named by `builtin:` in a rule, for what a condition cannot express:
 * addresses that reach the Talos API, secrets outside SOPS files, and system disk encryption that may
 * be configured in either of two places.
 */
import type { ConfigDocument } from '../config/document.js';
import { isPrivateAddress, normalizeAddr } from '../go/netip.js';
import type { GoURL } from '../go/url.js';
import { isSecretPath, secretQueryParam } from '../kinds/index.js';
import { certSANs, ingressBlocked, machineAddresses, volumeEncryption } from '../kinds/machine.js';
import { asList, asObj, asStr } from '../kinds/values.js';
import { type Contract, contractIndex, V1ALPHA1 } from '../model/model.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import { isSopsPath } from '../secrets/sops/formats.js';
import type { Issue } from '../validate/issue.js';
import { exactOrigin, isUserOrigin } from '../validate/locate.js';
import { documentPath, formatPath, type Seg } from '../validate/paths.js';

export interface BuiltinContext {
  cluster: RenderedCluster;
  node: RenderedNode;
  contract: Contract;
}

export type BuiltinIssue = Omit<Issue, 'rule' | 'severity'>;
export type Builtin = (ctx: BuiltinContext, params: Record<string, unknown>) => BuiltinIssue[];

function isPublicIP(s: string): boolean {
  const ip = normalizeAddr(s.split('/')[0]!.replace(/^\[|\]$/g, ''));
  if (!ip) return false;
  if (ip === '0.0.0.0' || ip === '::') return false;
  return !isPrivateAddress(ip) && !isPrivateAddress(ip.replace(/^::ffff:/, ''));
}

const talosApiNotPublic: Builtin = ({ node }) => {
  const out: BuiltinIssue[] = [];
  if (isPublicIP(node.address)) {
    out.push({
      message: `the node's Talos API address ${node.address} (cluster.yaml) is a public IP`,
      at: node.source,
    });
  }
  for (const san of certSANs(node.docs)) {
    if (isPublicIP(san.value)) {
      out.push({
        message: `${formatPath(san.segs.slice(0, -1))} names the public address ${san.value}: the Talos API certificate should only name private addresses`,
        doc: san.doc,
        segs: san.segs,
      });
    }
  }
  if (!ingressBlocked(node.docs)) {
    for (const a of machineAddresses(node.docs)) {
      if (!isPublicIP(a.value)) continue;
      out.push({
        message: `public address ${a.value.split('/')[0]} is configured on an interface and no NetworkDefaultActionConfig with ingress: block keeps the Talos API (port 50000) closed to the internet`,
        doc: a.doc,
        segs: a.segs,
      });
    }
  }
  return out;
};

/** Every non-empty value at a secret path of a document, with its path (pairs such as machine.ca included). */
function secretValues(doc: ConfigDocument): Array<{ segs: Seg[]; originSegs: Seg[] }> {
  const out: Array<{ segs: Seg[]; originSegs: Seg[] }> = [];
  const walk = (v: unknown, segs: Seg[], pattern: string[], originSegs: Seg[]) => {
    if (v === undefined || v === null || v === '') return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        walk(item, [...segs, i], [...pattern, '[]'], [...segs, i]);
      });
      return;
    }
    if (typeof v === 'object' && !('scheme' in (v as object) && 'host' in (v as object))) {
      // frozen pairs (crt/key) carry no per-field origins: the pair's own origin is used
      const frozen = Object.isFrozen(v);
      for (const [k, x] of Object.entries(v))
        walk(x, [...segs, k], [...pattern, k], frozen ? originSegs : [...segs, k]);
      return;
    }
    if (isSecretPath(doc.kind, pattern)) out.push({ segs, originSegs });
    else if (typeof v === 'object') {
      const param = secretQueryParam(doc.kind, pattern);
      if (param && new URLSearchParams((v as GoURL).rawQuery).get(param)) out.push({ segs, originSegs });
    }
  };
  walk(doc.body, [], [], []);
  return out;
}

const noPlaintextSecrets: Builtin = ({ node }) => {
  const out: BuiltinIssue[] = [];
  const seen = new Set<string>();
  for (const doc of node.docs) {
    for (const s of secretValues(doc)) {
      const origin =
        exactOrigin(doc, s.originSegs) ??
        (s.originSegs.length === 0 && isUserOrigin({ file: doc.file ?? '' })
          ? { file: doc.file!, line: doc.line }
          : undefined);
      if (!origin || isSopsPath(origin.file)) continue;
      const path = documentPath(doc, s.segs);
      const key = `${origin.file}:${origin.line}:${path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        message: `secret field ${path} is set in ${origin.file}, which is not SOPS-encrypted: move it to a *.sops.yaml file`,
        doc,
        segs: s.segs,
        at: origin,
      });
    }
  }
  return out;
};

function encrypted(enc: unknown): boolean {
  const e = asObj(enc);
  return !!e && asStr(e.provider).toLowerCase() === 'luks2' && asList(e.keys).length > 0;
}

const systemDiskEncryption: Builtin = ({ node, contract }, params) => {
  const volumes = (params.volumes as string[] | undefined) ?? ['STATE', 'EPHEMERAL'];
  const out: BuiltinIssue[] = [];
  const places = volumeEncryption(node.docs);
  const modern = contractIndex(contract) >= contractIndex('1.13');
  for (const name of volumes) {
    const here = places.filter((p) => p.volume === name);
    if (here.some((p) => encrypted(p.value))) continue;
    const volume = here.find((p) => p.doc.kind === 'VolumeConfig');
    const legacy = here.find((p) => p.doc.kind === V1ALPHA1);
    const how =
      modern || !legacy
        ? `add encryption (provider luks2, with keys) to VolumeConfig ${name}`
        : `set ${formatPath(legacy.segs)} (provider luks2, with keys)`;
    const at = volume ?? legacy;
    out.push({
      message: `the ${name} volume is not encrypted: ${how}`,
      doc: at?.doc,
      segs: volume ? volume.segs : legacy?.segs.slice(0, -1),
    });
  }
  return out;
};

export const BUILTINS: Record<string, Builtin> = {
  'talos-api-not-public': talosApiNotPublic,
  'no-plaintext-secrets': noPlaintextSecrets,
  'system-disk-encryption': systemDiskEncryption,
};
