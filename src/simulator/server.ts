/**
 * One cluster's simulated apid endpoint: a gRPC server on 127.0.0.1 with mutual TLS against the
 * cluster's OS CA. It routes each call by the `node` metadata (one-to-one) or `nodes` metadata
 * (one-to-many, with per-node metadata.hostname/error entries as apid merges them), checks the
 * caller's roles from its certificate Organization as machined does, then runs the node's method.
 *
 * A node in maintenance mode is not behind that endpoint (apid cannot verify its certificate): it has
 * its own, as Talos's maintenance service: TLS with a certificate from a CA of its own, no client
 * certificate asked for, every caller given the reader role, no routing — so only its maintenance
 * methods work (the first ApplyConfiguration, and reads).
 */

import { isIPv6 } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import type { CertificateAndKey } from '../pki/ca.js';
import { createTalosOsCa, issueServerCertificate } from '../pki/ca.js';
import { parseCertificate } from '../pki/inspect.js';
import { toStandardKeyPem } from '../pki/pem.js';
import type { ProtoObject } from '../talos/protobuf/codec.js';
import { grpcServiceDefinition } from '../talos/protobuf/grpc.js';
import { talosSchema } from '../talos/protobuf/talos-schema.js';
import { isAuthorized, rolesFor, rolesFromOrganizations, SENSITIVE_RESOURCE_TYPES } from '../talos/rbac.js';
import type { SimNode } from './node.js';
import { SimRpcError, unavailableNode } from './rpc-error.js';

const HANG = Symbol('hang');
type Outcome = ProtoObject | typeof HANG;

type Routing = { mode: 'one'; target: string } | { mode: 'many'; targets: string[] };

type NodeMethod = (node: SimNode, request: ProtoObject) => ProtoObject;

const MACHINE_METHODS: Record<string, NodeMethod> = {
  ApplyConfiguration: (n, r) => n.applyConfiguration(r),
  Bootstrap: (n) => n.bootstrap(),
  EtcdForfeitLeadership: (n) => n.etcdForfeitLeadership(),
  EtcdLeaveCluster: (n) => n.etcdLeaveCluster(),
  EtcdMemberList: (n, r) => n.etcdMemberList(r),
  EtcdRemoveMemberByID: (n, r) => n.etcdRemoveMemberById(r),
  EtcdStatus: (n) => n.etcdStatus(),
  Reboot: (n) => n.reboot(),
  Reset: (n, r) => n.reset(r),
  ServiceList: (n) => n.serviceList(),
  Upgrade: (n, r) => n.upgrade(r),
  Version: (n) => n.version(),
};

/** Streaming methods: every message the node answers, in order. */
const STREAM_METHODS: Record<string, (node: SimNode, request: ProtoObject) => ProtoObject[]> = {
  Read: (n, r) => [{ bytes: n.read(String(r.path ?? '')) }],
  List: (n, r) => n.list(r),
};

/** Routes calls to nodes and decides who may call what (the cluster's apid, or one maintenance node). */
export interface Router {
  route(md: grpc.Metadata, cosi: boolean): Routing;
  /** Runs `fn` on the target: reachability, then RBAC, then the method. */
  run(target: string, roles: string[], allowed: readonly string[], fn: (n: SimNode) => ProtoObject): Outcome;
  /** The caller's roles. */
  roles(
    call:
      | grpc.ServerUnaryCall<ProtoObject, ProtoObject>
      | grpc.ServerWritableStream<ProtoObject, ProtoObject>,
  ): string[];
  /** The roles a method needs here. */
  allowed(methodPath: string): readonly string[];
}

/** apid's answer for a node whose certificate it cannot verify (a node in maintenance mode). */
function untrustedNode(address: string): SimRpcError {
  return new SimRpcError(
    'UNAVAILABLE',
    `connection error: desc = "transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority" (dialing ${address}:50000)`,
  );
}

export interface ClusterServer {
  port: number;
  /** `127.0.0.1:<port>` */
  endpoint: string;
  stop(): Promise<void>;
}

function asServiceError(err: unknown): Partial<grpc.ServiceError> {
  if (err instanceof SimRpcError) return err.toServiceError();
  const message = err instanceof Error ? err.message : String(err);
  return { code: grpc.status.INTERNAL, details: message, message };
}

function metadataValues(md: grpc.Metadata, key: string): string[] {
  return md
    .get(key)
    .map((v) => v.toString())
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

export class ClusterRouter implements Router {
  constructor(private readonly nodes: SimNode[]) {}

  /** The node apid reaches at an address now (nodes move when their config moves them). */
  private at(address: string): SimNode | undefined {
    return this.nodes.find((n) => n.address === address);
  }

  /** The endpoint node: a configured control plane answers calls without node metadata. */
  private endpointNode(): SimNode {
    const node = this.nodes.find((n) => n.isControlPlane) ?? this.nodes.find((n) => !n.maintenance);
    // every node is in maintenance mode: the endpoint's certificate is not the cluster's
    if (!node) throw untrustedNode(this.nodes[0]!.address);
    return node;
  }

  route(md: grpc.Metadata, cosi: boolean): Routing {
    const node = metadataValues(md, 'node');
    const nodes = metadataValues(md, 'nodes');
    if (node.length > 1) throw new SimRpcError('INVALID_ARGUMENT', 'node metadata must be single-valued');
    if (nodes.length > 0) {
      if (cosi)
        throw new SimRpcError('INVALID_ARGUMENT', 'one-2-many proxying is not supported for COSI methods');
      return { mode: 'many', targets: nodes };
    }
    return { mode: 'one', target: node[0] ?? this.endpointNode().address };
  }

  run(target: string, roles: string[], allowed: readonly string[], fn: (n: SimNode) => ProtoObject): Outcome {
    if (target.includes(':') && !isIPv6(target)) {
      throw new SimRpcError('INTERNAL', `invalid target "${target}": a target is an address without a port`);
    }
    const node = this.at(target);
    if (!node) throw unavailableNode(target);
    if (node.gate() === 'hang') return HANG;
    if (node.maintenance) throw untrustedNode(target);
    if (!isAuthorized(allowed, roles)) throw new SimRpcError('PERMISSION_DENIED', 'not authorized');
    return fn(node);
  }

  roles = callerRoles;
  allowed = rolesFor;
}

/**
 * One node's maintenance service: no routing (node metadata is not looked at), and every caller is a
 * reader, which ApplyConfiguration accepts in maintenance mode only.
 */
export class MaintenanceRouter implements Router {
  constructor(private readonly node: SimNode) {}

  route(): Routing {
    return { mode: 'one', target: this.node.address };
  }

  run(
    _target: string,
    roles: string[],
    allowed: readonly string[],
    fn: (n: SimNode) => ProtoObject,
  ): Outcome {
    if (this.node.gate() === 'hang') return HANG;
    if (!this.node.maintenance) throw unavailableNode(this.node.address);
    if (!isAuthorized(allowed, roles)) throw new SimRpcError('PERMISSION_DENIED', 'not authorized');
    return fn(this.node);
  }

  roles(): string[] {
    return ['os:reader'];
  }

  allowed(methodPath: string): readonly string[] {
    // machined: "for maintenance only, verified in the handler"
    if (methodPath === '/machine.MachineService/ApplyConfiguration') return ['os:admin', 'os:reader'];
    return rolesFor(methodPath);
  }
}

/**
 * Roles by client certificate: apid reads them once per TLS connection, not per call, and parsing
 * a certificate costs more than the call it guards (the simulator shares its process, and CPU,
 * with the client it serves). The same certificate always gives the same roles.
 */
const rolesByCertificate = new Map<string, string[]>();
const ROLES_CACHED = 64;

/** Roles from the verified client certificate's Organization entries. */
function callerRoles(
  call: grpc.ServerUnaryCall<ProtoObject, ProtoObject> | grpc.ServerWritableStream<ProtoObject, ProtoObject>,
): string[] {
  const raw = call.getAuthContext()?.sslPeerCertificate?.raw;
  if (!raw) return [];
  const key = raw.toString('base64');
  let roles = rolesByCertificate.get(key);
  if (!roles) {
    roles = rolesFromOrganizations(parseCertificate(raw).subjectOrganizations);
    if (rolesByCertificate.size >= ROLES_CACHED) rolesByCertificate.clear();
    rolesByCertificate.set(key, roles);
  }
  return [...roles];
}

/** apid's one-to-many reply entry for a failed target. */
function failedEntry(hostname: string, err: unknown): ProtoObject {
  const e = asServiceError(err);
  return { metadata: { hostname, error: e.details, status: { code: e.code, message: e.details } } };
}

function machineImplementation(router: Router): grpc.UntypedServiceImplementation {
  const impl: grpc.UntypedServiceImplementation = {};
  for (const [name, method] of Object.entries(MACHINE_METHODS)) {
    const allowed = router.allowed(`/machine.MachineService/${name}`);
    impl[name] = (
      call: grpc.ServerUnaryCall<ProtoObject, ProtoObject>,
      callback: grpc.sendUnaryData<ProtoObject>,
    ) => {
      try {
        const roles = router.roles(call);
        const routing = router.route(call.metadata, false);
        if (routing.mode === 'one') {
          const out = router.run(routing.target, roles, allowed, (n) => method(n, call.request));
          if (out !== HANG) callback(null, { messages: [out] });
          return;
        }
        const messages: ProtoObject[] = [];
        for (const target of routing.targets) {
          try {
            const out = router.run(target, roles, allowed, (n) => method(n, call.request));
            // apid waits for every target: one that never answers holds the whole call.
            if (out === HANG) return;
            messages.push({ ...out, metadata: { hostname: target } });
          } catch (err) {
            messages.push(failedEntry(target, err));
          }
        }
        callback(null, { messages });
      } catch (err) {
        callback(asServiceError(err) as grpc.ServiceError);
      }
    };
  }

  for (const [name, method] of Object.entries(STREAM_METHODS)) {
    const allowed = router.allowed(`/machine.MachineService/${name}`);
    impl[name] = (call: grpc.ServerWritableStream<ProtoObject, ProtoObject>) => {
      // the messages are computed inside run(), after reachability and RBAC
      let messages: ProtoObject[] = [];
      const collect = (n: SimNode) => {
        messages = method(n, call.request);
        return {};
      };
      try {
        const roles = router.roles(call);
        const routing = router.route(call.metadata, false);
        if (routing.mode === 'one') {
          if (router.run(routing.target, roles, allowed, collect) === HANG) return;
          for (const m of messages) call.write(m);
          call.end();
          return;
        }
        for (const target of routing.targets) {
          try {
            if (router.run(target, roles, allowed, collect) === HANG) return;
            for (const m of messages) call.write({ ...m, metadata: { hostname: target } });
          } catch (err) {
            call.write(failedEntry(target, err));
          }
        }
        call.end();
      } catch (err) {
        call.emit('error', asServiceError(err));
      }
    };
  }
  return impl;
}

function stateImplementation(router: Router): grpc.UntypedServiceImplementation {
  const allowed = router.allowed('/cosi.resource.State/Get');
  const listAllowed = router.allowed('/cosi.resource.State/List');
  return {
    Get: (
      call: grpc.ServerUnaryCall<ProtoObject, ProtoObject>,
      callback: grpc.sendUnaryData<ProtoObject>,
    ) => {
      try {
        const roles = router.roles(call);
        const routing = router.route(call.metadata, true) as { mode: 'one'; target: string };
        const { namespace, type, id } = call.request as { namespace: string; type: string; id: string };
        const out = router.run(routing.target, roles, allowed, (n) => {
          // Sensitive resource definitions need os:admin even for reads.
          if (SENSITIVE_RESOURCE_TYPES.has(type) && !roles.includes('os:admin')) {
            throw new SimRpcError('PERMISSION_DENIED', 'not authorized');
          }
          return n.cosiGet(namespace, type, id);
        });
        if (out !== HANG) callback(null, out);
      } catch (err) {
        callback(asServiceError(err) as grpc.ServiceError);
      }
    },
    List: (call: grpc.ServerWritableStream<ProtoObject, ProtoObject>) => {
      try {
        const roles = router.roles(call);
        const routing = router.route(call.metadata, true) as { mode: 'one'; target: string };
        const { namespace, type } = call.request as { namespace: string; type: string };
        let items: ProtoObject[] = [];
        const out = router.run(routing.target, roles, listAllowed, (n) => {
          items = n.cosiList(namespace, type);
          return {};
        });
        if (out === HANG) return;
        for (const item of items) call.write(item);
        call.end();
      } catch (err) {
        call.emit('error', asServiceError(err));
      }
    },
  };
}

/** Starts the cluster's endpoint on 127.0.0.1 (random port) with a server cert from its OS CA. */
export async function startClusterServer(
  clusterName: string,
  osCa: CertificateAndKey,
  nodes: SimNode[],
): Promise<ClusterServer> {
  const serverCert = issueServerCertificate(osCa, {
    commonName: `${clusterName}-apid`,
    ipAddresses: ['127.0.0.1'],
    dnsNames: ['localhost'],
  });
  const credentials = grpc.ServerCredentials.createSsl(
    Buffer.from(osCa.crt),
    [{ cert_chain: Buffer.from(serverCert.crt), private_key: Buffer.from(toStandardKeyPem(serverCert.key)) }],
    true,
  );
  return serve(new ClusterRouter(nodes), credentials, 0);
}

/**
 * A node's maintenance endpoint on 127.0.0.1: a certificate of its own (self-signed CA, as Talos's
 * maintenance root), no client certificate. `port` 0 picks one; give the same port to reopen it.
 */
export async function startMaintenanceServer(node: SimNode, port = 0): Promise<ClusterServer> {
  const ca = createTalosOsCa();
  const serverCert = issueServerCertificate(ca, {
    commonName: `${node.name}-maintenance`,
    ipAddresses: ['127.0.0.1', ...(/^[\d.]+$|:/.test(node.address) ? [node.address] : [])],
  });
  const credentials = grpc.ServerCredentials.createSsl(
    null,
    [{ cert_chain: Buffer.from(serverCert.crt), private_key: Buffer.from(toStandardKeyPem(serverCert.key)) }],
    false,
  );
  return serve(new MaintenanceRouter(node), credentials, port, true);
}

async function serve(
  router: Router,
  credentials: grpc.ServerCredentials,
  port: number,
  graceful = false,
): Promise<ClusterServer> {
  const schema = talosSchema();
  const server = new grpc.Server({
    'grpc.max_receive_message_length': 32 * 1024 * 1024,
    'grpc.max_send_message_length': 32 * 1024 * 1024,
  });
  server.addService(
    grpcServiceDefinition(schema.service('machine.MachineService')),
    machineImplementation(router),
  );
  server.addService(
    grpcServiceDefinition(schema.service('cosi.resource.State')),
    stateImplementation(router),
  );
  const bound = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, credentials, (err, p) => (err ? reject(err) : resolve(p)));
  });
  return {
    port: bound,
    endpoint: `127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!graceful) {
          // Calls left hanging by the `hang` fault would keep a graceful shutdown waiting.
          server.forceShutdown();
          resolve();
          return;
        }
        // The node answers the call that took it out of maintenance mode before the service goes.
        const force = setTimeout(() => server.forceShutdown(), 1_000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}
