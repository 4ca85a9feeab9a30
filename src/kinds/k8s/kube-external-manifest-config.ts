/** KubeExternalManifestConfig (Talos `k8s.KubeExternalManifestConfigV1Alpha1`): manifests applied at bootstrap, fetched by URL. Since Talos 1.14. */
import type { GoURL } from '../../go/url.js';
import type { KindEntry } from '../types.js';
import { checkManifestName } from './common.js';

export const KubeExternalManifestConfig: KindEntry = {
  kind: 'KubeExternalManifestConfig',
  group: 'k8s',
  validate(body, report) {
    checkManifestName(body, report, 'manifest');
    const url = body.url as GoURL | undefined;
    if (url === undefined) report.error('manifest URL is required', ['url']);
    else if (url.scheme !== 'http' && url.scheme !== 'https')
      report.error(`manifest URL scheme must be http or https: ${JSON.stringify(url.scheme)}`, ['url']);
  },
};
