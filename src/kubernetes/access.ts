/**
 * How the rollout reaches a cluster's Kubernetes API: the kubeconfig the user gave (its context
 * named after the cluster, else its current context), or an admin credential minted in memory from
 * the cluster's Kubernetes CA (its secrets bundle) for the cluster's endpoint. A minted credential is
 * short-lived, registered with the redactor, never written anywhere, and re-minted before it expires.
 */
import type { RenderedCluster } from '../render/types.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { KubernetesClient, type KubernetesCredentials } from './client.js';
import { mintAdminCredential } from './credentials.js';
import type { Kubeconfig } from './kubeconfig.js';

export interface KubernetesAccessOptions {
  kubeconfig?: Kubeconfig;
  /** API server URLs by cluster name, instead of the cluster's endpoint (e.g. a simulated fleet). */
  endpoints?: Record<string, string>;
  /** Deadline of each Kubernetes API call (ms). */
  timeoutMs?: number;
}

/** Re-mint when a minted credential has less than this left. */
const REMINT_BEFORE_MS = 10 * 60_000;

export class KubernetesAccess {
  private current: KubernetesClient | undefined;
  private expires = Number.POSITIVE_INFINITY;

  private constructor(
    /** Where the credentials come from, for messages ("kubeconfig context prod", "minted from the cluster CA"). */
    readonly source: string,
    private readonly make: () => { creds: KubernetesCredentials; notAfter?: Date },
    private readonly timeoutMs: number | undefined,
  ) {}

  /** The access for a cluster, or why there is none. */
  static forCluster(
    cluster: RenderedCluster,
    opts: KubernetesAccessOptions,
    registry: SecretRegistry,
  ): KubernetesAccess | { error: string } {
    const kc = opts.kubeconfig;
    if (kc) {
      const name = kc.contexts.has(cluster.name) ? cluster.name : kc.currentContext;
      const creds = name ? kc.contexts.get(name) : undefined;
      if (!creds) {
        return { error: `the kubeconfig ${kc.file} has no context ${cluster.name} and no current context` };
      }
      const server = opts.endpoints?.[cluster.name] ?? creds.server;
      return new KubernetesAccess(
        `kubeconfig context ${name}`,
        () => ({ creds: { ...creds, server } }),
        opts.timeoutMs,
      );
    }
    const ca = cluster.kubernetesCa;
    if (!ca) {
      return {
        error:
          'no Kubernetes access: the cluster has no secrets bundle to mint a credential from (give a kubeconfig, or set rollout.drain: false)',
      };
    }
    const server = opts.endpoints?.[cluster.name] ?? cluster.endpoint;
    return new KubernetesAccess(
      'an admin credential minted from the cluster CA',
      () => {
        const minted = mintAdminCredential(ca);
        registry.addAll([minted.key, minted.crt]);
        return {
          creds: { server, caPem: ca.crt, certPem: minted.crt, keyPem: minted.key },
          notAfter: minted.notAfter,
        };
      },
      opts.timeoutMs,
    );
  }

  /** A client with valid credentials (re-minted when the current ones are close to expiry). */
  client(now = Date.now()): KubernetesClient {
    if (!this.current || now > this.expires - REMINT_BEFORE_MS) {
      this.current?.close();
      const { creds, notAfter } = this.make();
      this.current = new KubernetesClient(creds, { timeoutMs: this.timeoutMs });
      this.expires = notAfter?.getTime() ?? Number.POSITIVE_INFINITY;
    }
    return this.current;
  }

  close(): void {
    this.current?.close();
    this.current = undefined;
  }
}
