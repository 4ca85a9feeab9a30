/** RegistryAuthConfig (Talos `cri.RegistryAuthConfigV1Alpha1`): credentials for one registry. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const RegistryAuthConfig: KindEntry = {
  kind: 'RegistryAuthConfig',
  group: 'cri',
  secrets: ['password', 'auth', 'identityToken'],
  validate(body, report) {
    if (asStr(body.name) === '')
      report.error('name must be specified', body.name === undefined ? [] : ['name']);
    // a password alone counts as no method, as in Talos
    const username = asStr(body.username) !== '';
    const identityToken = asStr(body.identityToken) !== '';
    const auth = asStr(body.auth) !== '';
    if (username && identityToken)
      report.error('only one of username/password or identityToken authentication can be specified', [
        'identityToken',
      ]);
    if (auth && (username || identityToken))
      report.error('only one of auth, username/password or identityToken authentication can be specified', [
        'auth',
      ]);
  },
};
