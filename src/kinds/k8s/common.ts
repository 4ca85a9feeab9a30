/**
 * What the k8s group's kinds share (Talos's `k8s/common.go` and the checks its component documents
 * repeat): pod resources, a component's image, manifest names, CAs, and "is this legacy v1alpha1 field set".
 */
import { pemKeyError } from '../../go/crypto-key.js';
import type { KindContext } from '../context.js';
import {
  assertValidPEMError,
  certificateAndKeyError,
  pemCertificateError,
} from '../shared/certificate-and-key.js';
import { dns1123SubdomainError } from '../shared/k8s-names.js';
import { kubernetesImageError } from '../shared/kubernetes-version.js';
import type { DocReport } from '../types.js';
import { asList, asObj, asStr, dig } from '../values.js';

/** Talos's ResourcesConfig.Validate: only `cpu` and `memory`, requests first, the first offender only. */
export function checkResources(body: Record<string, unknown>, report: DocReport): void {
  const resources = asObj(body.resources);
  for (const part of ['requests', 'limits'] as const) {
    const bad = Object.keys(asObj(resources?.[part]) ?? {}).find((k) => k !== 'cpu' && k !== 'memory');
    if (bad !== undefined) {
      report.error(`unsupported pod resource ${JSON.stringify(bad)}`, ['resources', part, bad]);
      return;
    }
  }
}

/**
 * A component's image: it must be set, and on the machine (not in `talosctl validate`, Talos's local
 * option) its tag must name a Kubernetes version the machine's Talos runs.
 */
export function checkImage(
  body: Record<string, unknown>,
  report: DocReport,
  what: string,
  ctx: KindContext,
): void {
  const image = asStr(body.image);
  if (image === '') {
    report.error(`${what} image cannot be empty`, ['image']);
    return;
  }
  if (!ctx.onMachine) return;
  const problem = kubernetesImageError(image, ctx.contract, ctx.talosVersion);
  if (problem) report.error(`${what} image is not valid: ${problem}`, ['image'], 'talos/kubernetes-version');
}

/** A component switched off (`enabled: false`): Talos checks nothing else of it. */
export function disabled(body: Record<string, unknown>): boolean {
  return body.enabled === false;
}

/** Whether a v1alpha1 field Talos compares with nil (a pointer, map or list) is set at all. */
export function isSet(v1: Record<string, unknown>, ...path: string[]): boolean {
  return dig(v1, ...path) != null;
}

/** Whether v1alpha1 lists admission plugins (`.cluster.apiServer.admissionControl`, Talos's K8sAdmissionControlPluginConfigs). */
export function legacyAdmissionPlugins(v1: Record<string, unknown>): boolean {
  return asList(dig(v1, 'cluster', 'apiServer', 'admissionControl')).length > 0;
}

/** The name of a manifest or static pod: required, and a DNS-1123 subdomain (it names a file). */
export function checkManifestName(body: Record<string, unknown>, report: DocReport, what: string): void {
  const name = asStr(body.name);
  if (name === '') {
    report.error(`${what} name is required`, ['name']);
    return;
  }
  const problem = dns1123SubdomainError(name);
  if (problem) report.error(`${what} name is invalid: ${problem}`, ['name']);
}

/**
 * An issuing CA as Talos checks it (`CertificateAndKey.Validate(true)`): the pair's PEM, then the
 * certificate and the key loaded. Undefined when valid or unset.
 */
export function issuingCAError(ca: unknown): string | undefined {
  const shape = certificateAndKeyError(ca);
  if (shape || ca == null) return shape;
  const pair = asObj(ca)!;
  const cert = pemCertificateError(asStr(pair.cert));
  if (cert) return `certificate is invalid: ${cert}`;
  const key = pemKeyError(asStr(pair.key), true);
  return key ? `key is invalid: ${key}` : undefined;
}

/** Accepted CAs: each must hold only certificate PEM blocks (`accepted CA #i: …`). */
export function checkAcceptedCAs(body: Record<string, unknown>, report: DocReport): void {
  asList(body.acceptedCAs).forEach((ca, i) => {
    const problem = assertValidPEMError(asStr(ca), 'CERTIFICATE');
    if (problem) report.error(`accepted CA #${i}: ${problem}`, ['acceptedCAs', i]);
  });
}
