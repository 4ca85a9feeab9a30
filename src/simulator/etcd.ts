/**
 * One etcd cluster as the simulator models it: members are control planes (a joining one first as a
 * learner, then promoted), a member is healthy when its node is up and has no etcd fault, and the
 * leader moves to another healthy voting member when it goes away (as an election would) or
 * forfeits. Member removal follows etcd's strict reconfiguration checks (what etcd refuses, and with
 * which error), so the engine meets the same refusals it would meet against a real cluster.
 */
import { randomBytes } from 'node:crypto';
import { SimRpcError } from './rpc-error.js';

export interface EtcdHost {
  address: string;
  name: string;
  /** Node up and etcd running (no etcd fault). */
  etcdHealthy(): boolean;
  /** Member has been started at least once (false for the `not-started` fault). */
  etcdStarted(): boolean;
}

export interface EtcdMemberState {
  id: bigint;
  host: EtcdHost;
  isLearner: boolean;
}

/** etcd's own error texts (etcdserver/api/v3rpc/rpctypes). */
export const ETCD_ERRORS = {
  memberNotFound: 'etcdserver: member not found',
  notEnoughStarted: 'etcdserver: re-configuration failed due to not enough started members',
  unhealthy: 'etcdserver: unhealthy cluster',
  noLeader: 'etcdserver: no leader',
} as const;

export class SimEtcdCluster {
  readonly members: EtcdMemberState[] = [];
  private leaderId = 0n;
  private term = 2n;
  private index = 1000n;

  constructor(private readonly onLeaderChange: (member: EtcdMemberState | undefined, why: string) => void) {}

  add(host: EtcdHost, opts: { learner?: boolean } = {}): EtcdMemberState {
    let id = 0n;
    while (id === 0n || this.members.some((m) => m.id === id)) id = randomBytes(8).readBigUInt64BE();
    const member = { id, host, isLearner: opts.learner ?? false };
    this.members.push(member);
    if (this.leaderId === 0n && !member.isLearner) this.leaderId = id;
    return member;
  }

  memberOf(address: string): EtcdMemberState | undefined {
    return this.members.find((m) => m.host.address === address);
  }

  private voters(): EtcdMemberState[] {
    return this.members.filter((m) => !m.isLearner);
  }

  hasQuorum(): boolean {
    const voters = this.voters();
    if (voters.length === 0) return false;
    const healthy = voters.filter((m) => m.host.etcdHealthy()).length;
    return healthy >= Math.floor(voters.length / 2) + 1;
  }

  /** The current leader after re-electing if needed; undefined without quorum. */
  leader(): EtcdMemberState | undefined {
    if (!this.hasQuorum()) {
      if (this.leaderId !== 0n) {
        this.leaderId = 0n;
        this.onLeaderChange(undefined, 'quorum lost');
      }
      return undefined;
    }
    const current = this.members.find((m) => m.id === this.leaderId);
    if (current?.host.etcdHealthy() && !current.isLearner) return current;
    const next = this.voters().find((m) => m.host.etcdHealthy())!;
    this.setLeader(next, current ? `${current.host.name} unavailable` : 'election');
    return next;
  }

  private setLeader(member: EtcdMemberState, why: string): void {
    this.leaderId = member.id;
    this.term++;
    this.onLeaderChange(member, why);
  }

  /** Raft progress, bumped on every observed write-ish action so numbers look alive. */
  tick(): { term: bigint; index: bigint } {
    this.index += 7n;
    return { term: this.term, index: this.index };
  }

  /** A learner that caught up becomes a voting member. */
  promote(id: bigint): void {
    const m = this.members.find((x) => x.id === id);
    if (m) m.isLearner = false;
    this.leader();
  }

  /**
   * etcd's MemberRemove with strict reconfiguration checks: a learner may always go; a voting member
   * only when the members that stay, started, still make a quorum of the members that stay (so the
   * last member can never be removed), and, unless the member is down, when enough of the others are
   * connected to keep the active quorum.
   */
  remove(id: bigint): void {
    if (!this.leader()) throw new SimRpcError('UNAVAILABLE', ETCD_ERRORS.noLeader);
    const m = this.members.find((x) => x.id === id);
    if (!m) throw new SimRpcError('NOT_FOUND', ETCD_ERRORS.memberNotFound);
    if (!m.isLearner) {
      const staying = this.voters().filter((x) => x.id !== id);
      const started = staying.filter((x) => x.host.etcdStarted()).length;
      if (started < Math.floor(staying.length / 2) + 1) {
        throw new SimRpcError('FAILED_PRECONDITION', ETCD_ERRORS.notEnoughStarted);
      }
      if (m.host.etcdHealthy()) {
        const voters = this.voters();
        const active = voters.filter((x) => x.host.etcdHealthy()).length;
        if (active - 1 < 1 + Math.floor((voters.length - 1) / 2)) {
          throw new SimRpcError('UNAVAILABLE', ETCD_ERRORS.unhealthy);
        }
      }
    }
    this.members.splice(this.members.indexOf(m), 1);
    if (this.leaderId === id) this.leaderId = 0n;
    this.leader();
  }

  /** Talos's forfeit: '' when `address` is not the leader, else the new leader's name. */
  forfeit(address: string): string {
    const self = this.memberOf(address);
    if (!self) throw new SimRpcError('UNKNOWN', `failed to find member ${address} in list of etcd members`);
    if (this.members.length === 1) {
      throw new SimRpcError(
        'UNKNOWN',
        'failed to forfeit leadership: cannot forfeit leadership, only one member',
      );
    }
    const leader = this.leader();
    if (!leader) throw new SimRpcError('UNAVAILABLE', ETCD_ERRORS.noLeader);
    if (leader.id !== self.id) return '';
    const next = this.members.find((m) => m.id !== self.id && !m.isLearner && m.host.etcdHealthy());
    if (!next) {
      throw new SimRpcError(
        'UNKNOWN',
        'failed to forfeit leadership: etcdserver: no healthy member to move leadership to',
      );
    }
    this.setLeader(next, `forfeited by ${self.host.name}`);
    return next.host.name;
  }
}
