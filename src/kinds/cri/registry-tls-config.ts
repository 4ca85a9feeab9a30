/** RegistryTLSConfig (Talos `cri.RegistryTLSConfigV1Alpha1`): TLS settings for one registry. Since Talos 1.12. */
import { appendsCertsFromPEM } from '../../go/x509.js';
import {
  certificateAndKeyError,
  pemCertificateError,
  pemPrivateKeyError,
} from '../shared/certificate-and-key.js';
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';

export const RegistryTLSConfig: KindEntry = {
  kind: 'RegistryTLSConfig',
  group: 'cri',
  // Talos 1.12 also redacted the CA it trusts
  secrets: ['ca', 'clientIdentity.key'],
  validate(body, report, ctx) {
    if (asStr(body.name) === '')
      report.error('name must be specified', body.name === undefined ? [] : ['name']);
    const ca = asStr(body.ca);
    if (ca !== '' && !appendsCertsFromPEM(ca))
      report.error('ca must be a valid PEM-encoded certificate', ['ca']);
    const identity = body.clientIdentity;
    if (identity === undefined || identity === null) return;
    if (ctx.since('1.14')) {
      const err = certificateAndKeyError(identity);
      if (err) report.error(`client identity: ${err}`, ['clientIdentity']);
      return;
    }
    // 1.12-1.13 loaded the pair: the certificate parsed, the key as PKCS#8
    const pair = asObj(identity) ?? {};
    const certErr = pemCertificateError(asStr(pair.cert));
    if (certErr)
      report.error(`client identity certificate is invalid: ${certErr}`, ['clientIdentity', 'cert']);
    const keyErr = pemPrivateKeyError(asStr(pair.key));
    if (keyErr) report.error(`client identity key is invalid: ${keyErr}`, ['clientIdentity', 'key']);
  },
};
