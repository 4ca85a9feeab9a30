/**
 * An admin client certificate for a cluster's Kubernetes API, made in memory from the cluster's
 * Kubernetes CA as Talos makes its admin kubeconfig (subject CN=admin, O=system:masters, digital
 * signature and key encipherment, client auth, valid from 10 s back for clock skew) but short-lived.
 */
import { type CertificateAndKey, issueCertificate } from '../pki/ca.js';

/** Talos's admin kubeconfig subject (constants.KubernetesAdminCertCommonName / …CertOrganization). */
export const ADMIN_COMMON_NAME = 'admin';
export const ADMIN_ORGANIZATION = 'system:masters';
/** Talos backdates client certificates by this much (allowedTimeSkew). */
const ALLOWED_TIME_SKEW_MS = 10_000;
/** Lifetime of a minted credential: one rollout step at a time is far shorter; it is re-minted when near expiry. */
export const ADMIN_CREDENTIAL_LIFETIME_MS = 60 * 60_000;

export interface MintedCredential extends CertificateAndKey {
  notAfter: Date;
}

export function mintAdminCredential(
  kubernetesCa: CertificateAndKey,
  opts: { now?: Date; lifetimeMs?: number } = {},
): MintedCredential {
  const now = opts.now ?? new Date();
  const lifetimeMs = opts.lifetimeMs ?? ADMIN_CREDENTIAL_LIFETIME_MS;
  const notBefore = new Date(now.getTime() - ALLOWED_TIME_SKEW_MS);
  const issued = issueCertificate(kubernetesCa, {
    commonName: ADMIN_COMMON_NAME,
    organizations: [ADMIN_ORGANIZATION],
    keyUsage: ['digitalSignature', 'keyEncipherment'],
    extKeyUsage: ['clientAuth'],
    notBefore,
    validityMs: lifetimeMs + ALLOWED_TIME_SKEW_MS,
  });
  return { ...issued, notAfter: new Date(now.getTime() + lifetimeMs) };
}
