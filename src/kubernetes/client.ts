/**
 * A Kubernetes API client made for the rollout's few calls, on node:https: one keep-alive TLS agent
 * per API server, the server verified against the cluster's CA, a client certificate (or a bearer
 * token) for authentication, JSON in and out, a deadline on every call, and watches read as a
 * stream of JSON lines. Failures become KubernetesApiError with the server's Status.
 */

import type { IncomingMessage } from 'node:http';
import { Agent, request as httpsRequest } from 'node:https';
import { toStandardKeyPem } from '../pki/pem.js';
import { KubernetesApiError, kindOfStatus } from './api-error.js';
import type { KubeList, KubeObject, Node, Pod, PodDisruptionBudget, Status, WatchEvent } from './types.js';

export interface KubernetesCredentials {
  /** https://host:port of the API server. */
  server: string;
  /** PEM of the CAs the API server's certificate must chain to. */
  caPem: string;
  /** A client certificate and key (PEM), or a bearer token. */
  certPem?: string;
  keyPem?: string;
  token?: string;
  /** Verify the server certificate against this name instead of the server URL's host. */
  tlsServerName?: string;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Kinds the rollout applies, with their API path segments (server-side apply needs the plural). */
const RESOURCES: Record<string, { plural: string; namespaced: boolean }> = {
  Namespace: { plural: 'namespaces', namespaced: false },
  ServiceAccount: { plural: 'serviceaccounts', namespaced: true },
  ConfigMap: { plural: 'configmaps', namespaced: true },
  Secret: { plural: 'secrets', namespaced: true },
  CustomResourceDefinition: { plural: 'customresourcedefinitions', namespaced: false },
  Service: { plural: 'services', namespaced: true },
  DaemonSet: { plural: 'daemonsets', namespaced: true },
  Deployment: { plural: 'deployments', namespaced: true },
  ClusterRole: { plural: 'clusterroles', namespaced: false },
  ClusterRoleBinding: { plural: 'clusterrolebindings', namespaced: false },
  Role: { plural: 'roles', namespaced: true },
  RoleBinding: { plural: 'rolebindings', namespaced: true },
};

/** The URL path of an object (or of its collection when `name` is omitted). */
export function objectPath(apiVersion: string, kind: string, namespace?: string, name?: string): string {
  const r = RESOURCES[kind];
  if (!r) throw new RangeError(`no API path known for kind ${kind}`);
  const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  const ns = r.namespaced ? `/namespaces/${encodeURIComponent(namespace ?? 'default')}` : '';
  return `${base}${ns}/${r.plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export class KubernetesClient {
  readonly server: URL;
  private readonly agent: Agent;
  private closed = false;

  constructor(
    private readonly creds: KubernetesCredentials,
    private readonly defaults: { timeoutMs?: number } = {},
  ) {
    this.server = new URL(creds.server);
    if (this.server.protocol !== 'https:') {
      throw new KubernetesApiError(`Kubernetes API server ${creds.server} is not https`, 'tls', 0);
    }
    this.agent = new Agent({
      keepAlive: true,
      maxSockets: 32,
      ca: creds.caPem,
      cert: creds.certPem,
      key: creds.keyPem ? toStandardKeyPem(creds.keyPem) : undefined,
      servername: creds.tlsServerName,
    });
  }

  close(): void {
    this.closed = true;
    this.agent.destroy();
  }

  private describe(method: string, path: string): string {
    return `${method} ${path} on ${this.server.host}`;
  }

  private url(path: string, query?: RequestOptions['query']): URL {
    const url = new URL(path, this.server);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  /** Starts a request; resolves with the response once its headers arrived. */
  private open(method: string, path: string, opts: RequestOptions): Promise<IncomingMessage> {
    if (this.closed) return Promise.reject(new Error('KubernetesClient is closed'));
    const url = this.url(path, opts.query);
    const body = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body) {
      headers['content-type'] = opts.contentType ?? 'application/json';
      headers['content-length'] = String(body.length);
    }
    if (this.creds.token) headers.authorization = `Bearer ${this.creds.token}`;
    return new Promise((resolve, reject) => {
      const req = httpsRequest(url, { method, headers, agent: this.agent, signal: opts.signal }, resolve);
      req.on('error', (err: NodeJS.ErrnoException) => {
        const what = this.describe(method, path);
        if (err.name === 'AbortError') reject(new KubernetesApiError(`${what}: aborted`, 'timeout', 0));
        else if (/certificate|self.signed|altnames|SSL|TLS/i.test(`${err.code} ${err.message}`)) {
          reject(new KubernetesApiError(`${what}: TLS failed (${err.code ?? err.message})`, 'tls', 0));
        } else reject(new KubernetesApiError(`${what}: ${err.code ?? err.message}`, 'unreachable', 0));
      });
      const timeoutMs = opts.timeoutMs ?? this.defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      req.setTimeout(timeoutMs, () => {
        req.destroy();
        reject(
          new KubernetesApiError(
            `${this.describe(method, path)}: no answer within ${timeoutMs} ms`,
            'timeout',
            0,
          ),
        );
      });
      req.end(body);
    });
  }

  private async fail(method: string, path: string, res: IncomingMessage, text: string): Promise<never> {
    let status: Status | undefined;
    try {
      status = JSON.parse(text) as Status;
    } catch {}
    const message = status?.message ?? text.slice(0, 200);
    const code = res.statusCode ?? 0;
    throw new KubernetesApiError(
      `${this.describe(method, path)}: ${code} ${status?.reason ?? ''}${message ? ` (${message})` : ''}`.replace(
        /\s+\(/,
        ' (',
      ),
      kindOfStatus(code),
      code,
      status,
    );
  }

  async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const res = await this.open(method, path, opts);
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const code = res.statusCode ?? 0;
    if (code < 200 || code >= 300) return this.fail(method, path, res, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * Watches a collection: calls `onEvent` for each event until the server ends the stream, `signal`
   * aborts, or `onEvent` returns true (done). Resolves with whether it was done.
   */
  async watch<T>(
    path: string,
    query: RequestOptions['query'],
    onEvent: (event: WatchEvent<T>) => boolean | undefined,
    opts: { signal?: AbortSignal; timeoutSeconds?: number } = {},
  ): Promise<boolean> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    opts.signal?.addEventListener('abort', abort, { once: true });
    try {
      const timeoutSeconds = opts.timeoutSeconds ?? 60;
      const res = await this.open('GET', path, {
        query: { ...query, watch: true, timeoutSeconds },
        signal: controller.signal,
        timeoutMs: (timeoutSeconds + 5) * 1000,
      });
      const code = res.statusCode ?? 0;
      if (code < 200 || code >= 300) {
        const chunks: Buffer[] = [];
        for await (const chunk of res) chunks.push(chunk as Buffer);
        return this.fail('GET', path, res, Buffer.concat(chunks).toString('utf8'));
      }
      let buffered = '';
      try {
        for await (const chunk of res) {
          buffered += (chunk as Buffer).toString('utf8');
          let nl = buffered.indexOf('\n');
          while (nl >= 0) {
            const line = buffered.slice(0, nl).trim();
            buffered = buffered.slice(nl + 1);
            if (line && onEvent(JSON.parse(line) as WatchEvent<T>)) {
              controller.abort();
              return true;
            }
            nl = buffered.indexOf('\n');
          }
        }
      } catch (err) {
        if (controller.signal.aborted) return false;
        throw err;
      }
      return false;
    } catch (err) {
      if (controller.signal.aborted && !(err instanceof KubernetesApiError && err.status > 0)) return false;
      throw err;
    } finally {
      opts.signal?.removeEventListener('abort', abort);
    }
  }

  // ---- the calls the rollout makes ----

  listNodes(opts: RequestOptions = {}): Promise<KubeList<Node>> {
    return this.request('GET', '/api/v1/nodes', opts);
  }

  getNode(name: string): Promise<Node> {
    return this.request('GET', `/api/v1/nodes/${encodeURIComponent(name)}`);
  }

  /** Deletes a node object (kubectl delete node), once the machine behind it is gone. */
  deleteNode(name: string): Promise<unknown> {
    return this.request('DELETE', `/api/v1/nodes/${encodeURIComponent(name)}`);
  }

  /** Cordons (true) or uncordons (false) a node: a merge patch of spec.unschedulable, as kubectl does. */
  setUnschedulable(name: string, unschedulable: boolean): Promise<Node> {
    return this.request('PATCH', `/api/v1/nodes/${encodeURIComponent(name)}`, {
      body: { spec: { unschedulable: unschedulable ? true : null } },
      contentType: 'application/merge-patch+json',
    });
  }

  /** Pods on one node (all namespaces), by the spec.nodeName field selector. */
  podsOnNode(nodeName: string): Promise<KubeList<Pod>> {
    return this.request('GET', '/api/v1/pods', { query: { fieldSelector: `spec.nodeName=${nodeName}` } });
  }

  listPods(namespace: string, labelSelector?: string): Promise<KubeList<Pod>> {
    return this.request('GET', `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`, {
      query: { labelSelector },
    });
  }

  getPod(namespace: string, name: string): Promise<Pod> {
    return this.request(
      'GET',
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}`,
    );
  }

  /** Creates an Eviction for a pod (policy/v1), which the server refuses with 429 while a PDB disallows it. */
  evict(namespace: string, name: string, gracePeriodSeconds?: number): Promise<unknown> {
    return this.request(
      'POST',
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}/eviction`,
      {
        body: {
          apiVersion: 'policy/v1',
          kind: 'Eviction',
          metadata: { name, namespace },
          ...(gracePeriodSeconds === undefined ? {} : { deleteOptions: { gracePeriodSeconds } }),
        },
      },
    );
  }

  listPodDisruptionBudgets(): Promise<KubeList<PodDisruptionBudget>> {
    return this.request('GET', '/apis/policy/v1/poddisruptionbudgets');
  }

  listDaemonSets(namespace: string, labelSelector?: string): Promise<KubeList<KubeObject>> {
    return this.request('GET', `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/daemonsets`, {
      query: { labelSelector },
    });
  }

  listDeployments(namespace: string, labelSelector?: string): Promise<KubeList<KubeObject>> {
    return this.request('GET', `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/deployments`, {
      query: { labelSelector },
    });
  }

  /** The resources a group version serves (discovery); undefined when the server does not serve it. */
  async apiResources(
    groupVersion: string,
  ): Promise<{ name: string; kind: string; namespaced: boolean }[] | undefined> {
    const path = groupVersion.includes('/') ? `/apis/${groupVersion}/` : `/api/${groupVersion}/`;
    try {
      const list = await this.request<{ resources: { name: string; kind: string; namespaced: boolean }[] }>(
        'GET',
        path,
      );
      return list.resources;
    } catch (err) {
      if (err instanceof KubernetesApiError && err.kind === 'not-found') return undefined;
      throw err;
    }
  }

  /** One object by its kind's API path. */
  getObject<T extends KubeObject>(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    name: string,
  ) {
    return this.request<T>('GET', objectPath(apiVersion, kind, namespace, name));
  }

  /** Every object of a resource, all namespaces (`/apis/<group>/<version>/<resource>`). */
  listResource(group: string, version: string, resource: string): Promise<KubeList<KubeObject>> {
    const base = group ? `/apis/${group}/${version}` : `/api/${version}`;
    return this.request('GET', `${base}/${encodeURIComponent(resource)}`);
  }

  /** Server-side apply of one object, as `fieldManager` (with `force`, conflicts are taken over). */
  apply<T extends KubeObject>(obj: T, fieldManager: string, force: boolean): Promise<T> {
    const meta = obj.metadata ?? {};
    return this.request(
      'PATCH',
      objectPath(obj.apiVersion ?? '', obj.kind ?? '', meta.namespace, meta.name),
      {
        body: obj,
        contentType: 'application/apply-patch+yaml',
        query: { fieldManager, force: force ? true : undefined },
      },
    );
  }
}
