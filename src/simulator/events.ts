/** The fleet's time-ordered event log and helpers for ordering invariants in tests. */
import { performance } from 'node:perf_hooks';
import type { NodeRole, SimEvent, SimEventType } from './types.js';

export class EventLog {
  private readonly started = performance.now();
  private seq = 0;
  readonly events: SimEvent[] = [];
  private readonly listeners: ((event: SimEvent) => void)[] = [];

  /** Calls `fn` for every event recorded from now on (the simulated Kubernetes API follows its nodes so). */
  subscribe(fn: (event: SimEvent) => void): void {
    this.listeners.push(fn);
  }

  record(
    node: { cluster: string; address: string; name: string; role: NodeRole },
    type: SimEventType,
    detail?: string,
  ): SimEvent {
    const event: SimEvent = {
      seq: ++this.seq,
      at: Math.round((performance.now() - this.started) * 1000) / 1000,
      cluster: node.cluster,
      node: node.address,
      nodeName: node.name,
      role: node.role,
      type,
      ...(detail !== undefined ? { detail } : {}),
    };
    this.events.push(event);
    for (const fn of this.listeners) fn(event);
    return event;
  }
}

/**
 * Largest number of nodes that were rebooting at the same time among the events `filter` keeps
 * (e.g. only control planes of one cluster), from reboot-start/reboot-end pairs. A reboot that has
 * not ended yet counts as ongoing.
 */
export function maxConcurrentReboots(
  events: readonly SimEvent[],
  filter: (e: SimEvent) => boolean = () => true,
): number {
  const down = new Set<string>();
  let max = 0;
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    if (!filter(e)) continue;
    const key = `${e.cluster}/${e.node}`;
    if (e.type === 'reboot-start') {
      down.add(key);
      max = Math.max(max, down.size);
    } else if (e.type === 'reboot-end') {
      down.delete(key);
    }
  }
  return max;
}
