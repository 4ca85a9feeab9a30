/** CRIBaseRuntimeSpecConfig (Talos `cri.CRIBaseRuntimeSpecConfigV1Alpha1`): overrides of containerd's base OCI runtime spec. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';
import { ociSpecError } from './oci-runtime-spec.js';

export const CRIBaseRuntimeSpecConfig: KindEntry = {
  kind: 'CRIBaseRuntimeSpecConfig',
  group: 'cri',
  validate(body, report) {
    // Talos round-trips the overrides through JSON into the OCI spec's Go types
    const err = ociSpecError(body.overrides);
    if (err) report.error(`failed to unmarshal base runtime spec overrides: ${err}`, ['overrides']);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const legacy = asObj(v1.machine)?.baseRuntimeSpecOverrides;
    if (legacy !== undefined && legacy !== null)
      report.error('base runtime spec overrides are already set in v1alpha1 config');
  },
};
