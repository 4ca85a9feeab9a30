/** RegistryMirrorConfig (Talos `cri.RegistryMirrorConfigV1Alpha1`): mirrors of one registry. Since Talos 1.12. */
import { metaURL } from '../shared/url.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr } from '../values.js';

export const RegistryMirrorConfig: KindEntry = {
  kind: 'RegistryMirrorConfig',
  group: 'cri',
  validate(body, report) {
    if (asStr(body.name) === '')
      report.error('name must be specified', body.name === undefined ? [] : ['name']);
    asList(body.endpoints).forEach((ep, i) => {
      const url = metaURL(asObj(ep)?.url);
      if (!url) report.error(`endpoints[${i}].url must be specified`, ['endpoints', i]);
      else if (url.scheme !== 'http' && url.scheme !== 'https')
        report.error(`endpoints[${i}].url has unsupported scheme: ${JSON.stringify(url.scheme)}`, [
          'endpoints',
          i,
          'url',
        ]);
    });
  },
};
