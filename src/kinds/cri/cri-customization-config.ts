/** CRICustomizationConfig (Talos `cri.CRICustomizationConfigV1Alpha1`): a containerd config part. Since Talos 1.14. */
import { qualifiedNameError } from '../shared/k8s-names.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

/** Talos's LegacyCRICustomizationConfigName: the part v1alpha1's CRI customization files become. */
const LEGACY_NAME = 'customization';

export const CRICustomizationConfig: KindEntry = {
  kind: 'CRICustomizationConfig',
  group: 'cri',
  validate(body, report) {
    const name = asStr(body.name);
    const at = body.name === undefined ? [] : ['name'];
    const err = qualifiedNameError(name);
    if (err) report.error(`invalid name: ${err}`, at);
    if (name === LEGACY_NAME)
      report.error(`name ${JSON.stringify(name)} is reserved for the legacy CRI customization`, at);
  },
};
