/**
 * Deprecated fields that Talos still accepts: never rejected, reported as notices that name what
 * replaces them. Where a deprecated section and deprecated fields inside it are both set, the inner
 * fields are reported (their replacement is the precise one).
 */
import { type Contract, structInfo, type TypeExpr } from '../../model/model.js';
import { deprecation } from '../facts.js';
import { formatPath, type Seg } from '../paths.js';

export interface DeprecatedUse {
  segs: Seg[];
  message: string;
}

/** Replacements Talos's notes describe in words rather than by kind (keyed `type.field`). */
const HINTS: Record<string, string> = {
  'v1alpha1.NetworkConfig.interfaces':
    'LinkConfig, BondConfig, BridgeConfig, VLANConfig, Layer2VIPConfig and DHCPv4Config',
  'v1alpha1.NetworkConfig.extraHostEntries': 'StaticHostConfig',
  'v1alpha1.ClusterConfig.aggregatorCA': 'KubeAggregatorCAConfig',
  'v1alpha1.ClusterConfig.allowSchedulingOnMasters': '.cluster.allowSchedulingOnControlPlanes',
  'v1alpha1.EtcdConfig.subnet': '.cluster.etcd.advertisedSubnets',
  'v1alpha1.FeaturesConfig.stableHostname': 'HostnameConfig',
  'v1alpha1.InstallConfig.extensions':
    'a custom installer image with the extensions built in (Image Factory)',
  'v1alpha1.InstallConfig.extraKernelArgs': 'kernel arguments built into the boot assets (Image Factory)',
  'v1alpha1.KubeletConfig.extraMounts': 'UserVolumeConfig or ExistingVolumeConfig',
};

function refOf(t: TypeExpr): string | undefined {
  if (t.k === 'struct' && !t.empty) return t.ref;
  return undefined;
}

export function findDeprecated(body: unknown, ref: string, contract: Contract): DeprecatedUse[] {
  const out: DeprecatedUse[] = [];
  const walkValue = (v: unknown, t: TypeExpr, segs: Seg[]): void => {
    if (v === null || v === undefined || typeof v !== 'object') return;
    if (t.k === 'list' && Array.isArray(v)) {
      v.forEach((item, i) => {
        walkValue(item, t.of, [...segs, i]);
      });
    } else if (t.k === 'map') for (const [k, x] of Object.entries(v)) walkValue(x, t.of, [...segs, k]);
    else {
      const r = refOf(t);
      if (r) walkStruct(v as Record<string, unknown>, r, segs);
    }
  };
  const walkStruct = (o: Record<string, unknown>, r: string, segs: Seg[]): void => {
    for (const f of structInfo(r, contract).fields) {
      const v = o[f.name];
      if (v === undefined || v === null) continue;
      const here = [...segs, f.name];
      const before = out.length;
      walkValue(v, f.type, here);
      const replacements = deprecation(r, f.name, contract);
      if (replacements === undefined || out.length > before) continue;
      const hint = replacements.length > 0 ? replacements.join(', ') : HINTS[`${r}.${f.name}`];
      out.push({
        segs: here,
        message: `.${formatPath(here)} is deprecated in Talos ${contract}${hint ? `: use ${hint} instead` : ''}`,
      });
    }
  };
  if (body && typeof body === 'object') walkStruct(body as Record<string, unknown>, ref, []);
  return out;
}
