/**
 * Is one node healthy, by the Talos API alone (reference: "minimal node came back healthy"): it
 * answers Version (with the expected tag), its machine status is running and ready, the services
 * that matter are running and healthy, and on a control plane etcd has every member, started and not
 * a learner, with a leader and no errors.
 */

import type { Role } from '../render/types.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { describeFailure, isUnreachable } from './failure.js';
import type { RolloutApi } from './types.js';

const BASE_SERVICES = ['apid', 'machined', 'kubelet'];
const CONTROL_PLANE_SERVICES = ['etcd', 'trustd'];

export interface HealthExpectation {
  role: Role;
  /** The Talos version tag the node must run (any when undefined). */
  talosVersion?: string;
  /** How many etcd members a control plane must see: the cluster's control planes. */
  etcdMembers?: number;
}

export interface NodeHealth {
  /** The node answered Version. */
  reachable: boolean;
  /** Nothing answered at all (connection refused or no answer in time), as while it reboots. */
  down?: boolean;
  /** The tag it runs, when it answered. */
  version?: string;
  /** Empty when healthy. */
  problems: string[];
}

export const normalizeVersion = (v: string): string => (v.startsWith('v') ? v : `v${v}`);

export async function checkNodeHealth(
  api: RolloutApi,
  address: string,
  expect: HealthExpectation,
  registry: SecretRegistry,
  /**
   * Ask Version along with the rest, not first: for a node that is most likely up (one look, not
   * two); first, a node that is likely down costs one refused call.
   */
  opts: { together?: boolean } = {},
): Promise<NodeHealth> {
  const reads = () => {
    const r = Promise.all([
      api.getMachineStatus(address),
      api.serviceList(address),
      expect.role === 'controlplane' ? etcdProblems(api, address, expect.etcdMembers) : Promise.resolve([]),
    ]);
    r.catch(() => undefined);
    return r;
  };
  const early = opts.together ? reads() : undefined;
  let version: string;
  try {
    version = (await api.version(address)).tag;
  } catch (err) {
    return {
      reachable: false,
      down: isUnreachable(err),
      problems: [`unreachable: ${describeFailure(err, registry)}`],
    };
  }
  const problems: string[] = [];
  if (expect.talosVersion && normalizeVersion(version) !== normalizeVersion(expect.talosVersion)) {
    problems.push(`runs Talos ${version}, expected ${expect.talosVersion}`);
  }
  try {
    // Independent reads, asked together: a gate or a wait should cost one round trip, not five.
    const [status, services, etcd] = await (early ?? reads());
    if (status.stage !== 'running' || !status.ready) {
      const unmet = status.unmetConditions.map((c) => `${c.name}: ${c.reason}`).join(', ');
      problems.push(
        `machine ${status.stage}, ${status.ready ? 'ready' : 'not ready'}${unmet ? ` (${unmet})` : ''}`,
      );
    }
    const required =
      expect.role === 'controlplane' ? [...BASE_SERVICES, ...CONTROL_PLANE_SERVICES] : BASE_SERVICES;
    for (const id of required) {
      const s = services.find((x) => x.id === id);
      if (!s) problems.push(`service ${id} missing`);
      else if (s.state !== 'Running' || (!s.healthUnknown && !s.healthy)) {
        problems.push(
          `service ${id} ${s.state}${s.healthy ? '' : ', unhealthy'}${s.lastMessage ? ` (${s.lastMessage})` : ''}`,
        );
      }
    }
    for (const s of services)
      if (s.state === 'Failed' && !required.includes(s.id)) problems.push(`service ${s.id} Failed`);
    problems.push(...etcd);
  } catch (err) {
    return {
      reachable: !isUnreachable(err),
      version,
      problems: [...problems, describeFailure(err, registry)],
    };
  }
  return { reachable: true, version, problems: problems.map((p) => registry.redact(p)) };
}

async function etcdProblems(
  api: RolloutApi,
  address: string,
  expected: number | undefined,
): Promise<string[]> {
  const problems: string[] = [];
  const [members, status] = await Promise.all([api.etcdMemberList(address), api.etcdStatus(address)]);
  if (expected !== undefined && members.length !== expected) {
    problems.push(`etcd has ${members.length} members, expected ${expected}`);
  }
  const notStarted = members.filter((m) => !m.hostname).length;
  if (notStarted) problems.push(`etcd: ${notStarted} member(s) not started`);
  const learners = members.filter((m) => m.isLearner).map((m) => m.hostname || m.id.toString(16));
  if (learners.length) problems.push(`etcd learners: ${learners.join(', ')}`);
  if (status.leader === 0n) problems.push('etcd member has no leader');
  if (status.errors.length) problems.push(`etcd errors: ${status.errors.join('; ')}`);
  return problems;
}
