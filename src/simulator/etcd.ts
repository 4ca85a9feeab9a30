/**
 * One cluster's etcd as the simulator models it: members are the control planes, a member is
 * healthy when its node is up and has no etcd fault, and the leader moves to another healthy member
 * when it goes away (as an election would) or forfeits.
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
}

export class SimEtcdCluster {
  readonly members: EtcdMemberState[] = [];
  private leaderId = 0n;
  private term = 2n;
  private index = 1000n;

  constructor(private readonly onLeaderChange: (member: EtcdMemberState | undefined, why: string) => void) {}

  add(host: EtcdHost): EtcdMemberState {
    let id = 0n;
    while (id === 0n || this.members.some((m) => m.id === id)) id = randomBytes(8).readBigUInt64BE();
    const member = { id, host };
    this.members.push(member);
    if (this.leaderId === 0n) this.leaderId = id;
    return member;
  }

  memberOf(address: string): EtcdMemberState | undefined {
    return this.members.find((m) => m.host.address === address);
  }

  hasQuorum(): boolean {
    const healthy = this.members.filter((m) => m.host.etcdHealthy()).length;
    return healthy >= Math.floor(this.members.length / 2) + 1;
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
    if (current?.host.etcdHealthy()) return current;
    const next = this.members.find((m) => m.host.etcdHealthy())!;
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
    if (!leader) throw new SimRpcError('UNAVAILABLE', 'etcdserver: no leader');
    if (leader.id !== self.id) return '';
    const next = this.members.find((m) => m.id !== self.id && m.host.etcdHealthy());
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
