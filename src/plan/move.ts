/**
 * Whether a change moves a node to another Talos API address: its `address:` in cluster.yaml
 * changes, or its config takes away the address it is reached at today. Either way the rollout must
 * reach it where it is now and then find it where it will be, so the reviewer sees it first.
 */
import type { ConfigDocument } from '../config/document.js';
import { staticAddresses } from '../kinds/machine.js';

export interface NodeSide {
  address: string;
  docs: readonly ConfigDocument[];
}

export interface AddressMove {
  from: string;
  to: string;
}

export interface MoveResult {
  move?: AddressMove;
  /** Something about the move the reviewer must fix, as a sentence. */
  problem?: { severity: 'error' | 'warning'; message: string };
}

const isIp = (s: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) || s.includes(':');

export function addressMove(before: NodeSide, after: NodeSide): MoveResult {
  const had = staticAddresses(before.docs);
  const has = staticAddresses(after.docs);
  if (after.address !== before.address) {
    const move = { from: before.address, to: after.address };
    if (has.length > 0 && isIp(after.address) && !has.includes(after.address)) {
      return {
        move,
        problem: {
          severity: 'warning',
          message:
            `the node's new address ${after.address} is not among the addresses its config gives it ` +
            `(${has.join(', ')}): the rollout waits for it there`,
        },
      };
    }
    return { move };
  }
  // cluster.yaml keeps the address, but the config takes it away: the node leaves it on apply.
  if (had.includes(before.address) && has.length > 0 && !has.includes(before.address)) {
    const to = has.find((a) => !had.includes(a)) ?? has[0]!;
    return {
      move: { from: before.address, to },
      problem: {
        severity: 'error',
        message:
          `the config moves the node from ${before.address} to ${to}, but its address in cluster.yaml ` +
          `stays ${before.address}: after the apply it cannot be reached there; change its address too`,
      },
    };
  }
  return {};
}
