/**
 * A simulated cluster's Kubernetes API on 127.0.0.1: HTTPS with a serving certificate from the
 * cluster's Kubernetes CA, client certificates required and verified against it, and only
 * system:masters admitted (as the admin kubeconfig Talos issues). It serves the paths the rollout
 * uses, answering errors with a metav1.Status, and can be slowed down (a fault). Every exchange is
 * handed to `observe`, so a test can hold it against Kubernetes's published API description.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { KubeList, KubeObject, Node, Pod } from '../../kubernetes/types.js';
import { type CertificateAndKey, issueServerCertificate } from '../../pki/ca.js';
import { toStandardKeyPem } from '../../pki/pem.js';
import { KubeStatusError, matchesLabelQuery, notFound, type SimKubeState } from './state.js';

export interface KubeExchange {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | undefined;
  /** The request body as sent. */
  rawBody: string;
  status: number;
  /** The JSON answer (for a watch: each event, in order). */
  response: unknown;
  watch: boolean;
}

export interface KubeServerOptions {
  observe?: (exchange: KubeExchange) => void;
}

export interface KubeServer {
  /** https://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Delay added before every answer (ms): the slow-apiserver fault. */
  delayMs: number;
  stop(): Promise<void>;
}

const GROUP_RESOURCES: Record<
  string,
  { name: string; kind: string; namespaced: boolean; verbs: string[] }[]
> = {
  // Served up to Kubernetes 1.31 (removed in 1.32): see REMOVED_AFTER.
  'resource.k8s.io/v1alpha3': [
    { name: 'podschedulingcontexts', kind: 'PodSchedulingContext', namespaced: true, verbs: ['list'] },
  ],
  v1: [
    { name: 'namespaces', kind: 'Namespace', namespaced: false, verbs: ['get', 'list', 'patch', 'watch'] },
    {
      name: 'nodes',
      kind: 'Node',
      namespaced: false,
      verbs: ['delete', 'get', 'list', 'patch', 'watch'],
    },
    { name: 'pods', kind: 'Pod', namespaced: true, verbs: ['get', 'list', 'watch'] },
    { name: 'pods/eviction', kind: 'Eviction', namespaced: true, verbs: ['create'] },
    { name: 'configmaps', kind: 'ConfigMap', namespaced: true, verbs: ['get', 'patch'] },
    { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true, verbs: ['get', 'patch'] },
    { name: 'services', kind: 'Service', namespaced: true, verbs: ['get', 'patch'] },
    { name: 'secrets', kind: 'Secret', namespaced: true, verbs: ['patch'] },
  ],
  'apps/v1': [
    { name: 'daemonsets', kind: 'DaemonSet', namespaced: true, verbs: ['get', 'list', 'patch'] },
    { name: 'deployments', kind: 'Deployment', namespaced: true, verbs: ['get', 'list', 'patch'] },
  ],
  'policy/v1': [
    { name: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true, verbs: ['list'] },
  ],
  'rbac.authorization.k8s.io/v1': [
    { name: 'clusterroles', kind: 'ClusterRole', namespaced: false, verbs: ['patch'] },
    { name: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false, verbs: ['patch'] },
    { name: 'roles', kind: 'Role', namespaced: true, verbs: ['patch'] },
    { name: 'rolebindings', kind: 'RoleBinding', namespaced: true, verbs: ['patch'] },
  ],
};

/** Group versions a newer Kubernetes no longer serves: the last minor that serves them. */
const REMOVED_AFTER: Record<string, number> = { 'resource.k8s.io/v1alpha3': 31 };

/** Whether the API server (at the cluster's lowest kube-apiserver version) serves a group version. */
function serves(state: SimKubeState, gv: string): boolean {
  const last = REMOVED_AFTER[gv];
  if (last === undefined) return true;
  const minor = state.apiServerMinor();
  return minor === undefined || minor <= last;
}

const KIND_BY_PLURAL = new Map(
  Object.entries(GROUP_RESOURCES).flatMap(([gv, rs]) => rs.map((r) => [`${gv}/${r.name}`, r] as const)),
);

function listOf(kind: string, items: KubeObject[], rv: string, apiVersion = 'v1'): KubeList<KubeObject> {
  return { apiVersion, kind: `${kind}List`, metadata: { resourceVersion: rv }, items };
}

function fieldMatch(obj: KubeObject, selector: string | null): boolean {
  if (!selector) return true;
  for (const term of selector.split(',')) {
    const [field, value] = term.split('=');
    if (field === 'spec.nodeName' && (obj as Pod).spec?.nodeName !== value) return false;
    if (field === 'metadata.name' && obj.metadata?.name !== value) return false;
    if (field === 'metadata.namespace' && obj.metadata?.namespace !== value) return false;
  }
  return true;
}

export async function startKubeServer(
  ca: CertificateAndKey,
  state: SimKubeState,
  opts: KubeServerOptions = {},
): Promise<KubeServer> {
  const serving = issueServerCertificate(ca, {
    commonName: 'kube-apiserver',
    ipAddresses: ['127.0.0.1'],
    dnsNames: ['localhost', 'kubernetes', 'kubernetes.default'],
  });
  const streams = new Set<{ end(): void }>();
  let delayMs = 0;
  const server: Server = createServer(
    {
      ca: ca.crt,
      cert: serving.crt,
      key: toStandardKeyPem(serving.key),
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const url = new URL(req.url ?? '/', 'https://127.0.0.1');
        const exchange: KubeExchange = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          contentType: req.headers['content-type'],
          rawBody,
          status: 200,
          response: undefined,
          watch: url.searchParams.get('watch') === 'true',
        };
        const send = (status: number, body: unknown) => {
          exchange.status = status;
          exchange.response = body;
          opts.observe?.(exchange);
          const text = JSON.stringify(body);
          res.writeHead(status, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
          });
          res.end(text);
        };
        const answer = () => {
          try {
            const peer = peerOf(req.socket as TLSSocket);
            const orgs = [peer?.subject?.O ?? []].flat();
            if (!orgs.includes('system:masters')) {
              throw new KubeStatusError(
                403,
                'Forbidden',
                `forbidden: User "${String(peer?.subject?.CN ?? '')}" cannot ${req.method} resource at ${url.pathname}`,
              );
            }
            if (exchange.watch) return watch(exchange, res);
            const out = route(state, exchange);
            send(out.status, out.body);
          } catch (err) {
            if (err instanceof KubeStatusError) send(err.code, err.toStatus());
            else send(500, new KubeStatusError(500, 'InternalError', (err as Error).message).toStatus());
          }
        };
        if (delayMs > 0) setTimeout(answer, delayMs);
        else answer();
      });
    },
  );

  /** A watch: synthetic ADDED events for what exists, then every change, until the timeout. */
  function watch(exchange: KubeExchange, res: import('node:http').ServerResponse): void {
    const target = collection(exchange.path);
    if (!target) throw notFound('', exchange.path);
    const events: unknown[] = [];
    exchange.response = events;
    res.writeHead(200, { 'content-type': 'application/json' });
    const pick = (o: KubeObject) =>
      o.kind === target.kind &&
      (target.namespace === undefined || o.metadata?.namespace === target.namespace) &&
      fieldMatch(o, exchange.query.get('fieldSelector')) &&
      matchesLabelQuery(o.metadata?.labels, exchange.query.get('labelSelector'));
    const write = (type: string, object: KubeObject) => {
      const event = { type, object };
      events.push(event);
      res.write(`${JSON.stringify(event)}\n`);
    };
    for (const o of state.list(target.kind)) if (pick(o)) write('ADDED', o);
    const unsubscribe = state.watch((type, o) => {
      if (pick(o)) write(type, o);
    });
    const stream = {
      end() {
        unsubscribe();
        clearTimeout(timer);
        streams.delete(stream);
        opts.observe?.(exchange);
        res.end();
      },
    };
    streams.add(stream);
    const timer = setTimeout(() => stream.end(), Number(exchange.query.get('timeoutSeconds') ?? 300) * 1000);
    res.on('close', () => {
      if (streams.has(stream)) stream.end();
    });
  }

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    get delayMs() {
      return delayMs;
    },
    set delayMs(ms: number) {
      delayMs = ms;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of [...streams]) s.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The collection a list/watch path names. */
function collection(path: string): { kind: string; namespace?: string; apiVersion: string } | undefined {
  const m = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)\/?$/.exec(path);
  if (!m) return undefined;
  const gv = m[1] ?? m[2]!;
  const r = KIND_BY_PLURAL.get(`${gv}/${m[4]}`);
  if (!r) return undefined;
  return { kind: r.kind, namespace: m[3], apiVersion: gv };
}

function parseBody(exchange: KubeExchange): Record<string, unknown> {
  try {
    return JSON.parse(exchange.rawBody || '{}') as Record<string, unknown>;
  } catch {
    throw new KubeStatusError(400, 'BadRequest', 'the request body is not valid JSON');
  }
}

function route(state: SimKubeState, ex: KubeExchange): { status: number; body: unknown } {
  const { method, path } = ex;
  const ok = (body: unknown) => ({ status: 200, body });

  // discovery of a group version
  const disc = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))\/?$/.exec(path);
  if (disc && method === 'GET') {
    const gv = disc[1] ?? disc[2]!;
    const resources = serves(state, gv) ? GROUP_RESOURCES[gv] : undefined;
    if (!resources)
      throw new KubeStatusError(404, 'NotFound', 'the server could not find the requested resource');
    return ok({
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: gv,
      resources: resources.map((r) => ({ ...r, singularName: '' })),
    });
  }

  let m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/eviction$/.exec(path);
  if (m && method === 'POST') {
    const body = parseBody(ex);
    if (body.kind !== 'Eviction') throw new KubeStatusError(400, 'BadRequest', 'the body is not an Eviction');
    return { status: 201, body: state.evict(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)) };
  }
  m = /^\/api\/v1\/nodes\/([^/]+)$/.exec(path);
  if (m) {
    const name = decodeURIComponent(m[1]!);
    if (method === 'GET') {
      const node = state.get('Node', undefined, name);
      if (!node) throw notFound('nodes', name);
      return ok(node);
    }
    if (method === 'DELETE') {
      const node = state.deleteNode(name);
      return ok({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: { name, kind: 'nodes', uid: node.metadata?.uid },
      });
    }
    if (method === 'PATCH') {
      if (
        !ex.contentType?.startsWith('application/merge-patch+json') &&
        !ex.contentType?.startsWith('application/strategic-merge-patch+json')
      ) {
        throw new KubeStatusError(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/merge-patch+json, application/strategic-merge-patch+json`,
        );
      }
      return ok(
        state.patchNode(name, parseBody(ex) as { spec?: { unschedulable?: boolean | null } }) as Node,
      );
    }
  }
  m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)$/.exec(path);
  if (m && method === 'GET') {
    const pod = state.get('Pod', decodeURIComponent(m[1]!), decodeURIComponent(m[2]!));
    if (!pod) throw notFound('pods', decodeURIComponent(m[2]!));
    return ok(pod);
  }
  // server-side apply of any kind the simulator knows
  const obj = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)\/([^/]+)$/.exec(path);
  if (obj && method === 'GET') {
    const gv = obj[1] ?? obj[2]!;
    const r = KIND_BY_PLURAL.get(`${gv}/${obj[4]}`);
    if (r?.verbs.includes('get') && serves(state, gv)) {
      const name = decodeURIComponent(obj[5]!);
      const found = state.get(r.kind, r.namespaced ? decodeURIComponent(obj[3] ?? '') : undefined, name);
      if (!found) throw notFound(obj[4]!, name, gv.includes('/') ? gv.split('/')[0] : '');
      return ok(found);
    }
  }
  if (obj && method === 'PATCH') {
    const gv = obj[1] ?? obj[2]!;
    const r = KIND_BY_PLURAL.get(`${gv}/${obj[4]}`);
    if (!r) throw new KubeStatusError(404, 'NotFound', 'the server could not find the requested resource');
    if (!ex.contentType?.startsWith('application/apply-patch+yaml')) {
      throw new KubeStatusError(
        415,
        'UnsupportedMediaType',
        'only server-side apply is served for this resource',
      );
    }
    const manager = ex.query.get('fieldManager');
    if (!manager) throw new KubeStatusError(422, 'Invalid', 'fieldManager is required for apply requests');
    const body = parseBody(ex) as KubeObject;
    const name = decodeURIComponent(obj[5]!);
    if (body.metadata?.name !== name)
      throw new KubeStatusError(
        400,
        'BadRequest',
        'the name of the object does not match the name on the URL',
      );
    if (body.kind !== r.kind || body.apiVersion !== gv)
      throw new KubeStatusError(400, 'BadRequest', `the object is not a ${gv} ${r.kind}`);
    if (r.namespaced)
      body.metadata = { ...body.metadata, namespace: decodeURIComponent(obj[3] ?? 'default') };
    const existed = state.get(r.kind, body.metadata?.namespace, name) !== undefined;
    return {
      status: existed ? 200 : 201,
      body: state.apply(body, manager, ex.query.get('force') === 'true'),
    };
  }
  const coll = collection(path);
  if (coll && method === 'GET' && serves(state, coll.apiVersion)) {
    const items = state
      .list(coll.kind, coll.namespace)
      .filter(
        (o) =>
          fieldMatch(o, ex.query.get('fieldSelector')) &&
          matchesLabelQuery(o.metadata?.labels, ex.query.get('labelSelector')),
      );
    return ok(listOf(coll.kind, items, state.resourceVersion, coll.apiVersion));
  }
  throw new KubeStatusError(404, 'NotFound', 'the server could not find the requested resource');
}

/**
 * The client certificate of a connection, read once per connection as the apiserver authenticates
 * it at the TLS handshake (reading it again on every request cost more than answering it).
 */
const peers = new WeakMap<TLSSocket, ReturnType<TLSSocket['getPeerCertificate']>>();
function peerOf(socket: TLSSocket): ReturnType<TLSSocket['getPeerCertificate']> {
  let peer = peers.get(socket);
  if (!peer) {
    peer = socket.getPeerCertificate();
    peers.set(socket, peer);
  }
  return peer;
}
