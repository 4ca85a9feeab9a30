/**
 * Waking a waiting rollout step as soon as something it waits for changes, instead of at its next
 * poll: a watch on the Kubernetes API (a node's own object, the pods on it) notifies the node's
 * Wakeup, and the waits sleep until their interval passes or the wakeup fires, whichever is first.
 * The poll stays the authority (a watch can drop); the watch only takes the polling delay out of a step.
 */
import type { KubernetesClient } from '../kubernetes/client.js';
import type { KubeObject } from '../kubernetes/types.js';
import type { Clock } from './types.js';

export class Wakeup {
  /** Counts notifications: a waiter that saw another count before sleeping need not sleep. */
  seq = 0;
  /** Uids of the pods on this node the watch saw deleted (what is seen gone is gone; the rest is asked). */
  readonly deletedPods = new Set<string>();
  private pending: { promise: Promise<void>; resolve: () => void } | undefined;

  notify(): void {
    this.seq++;
    const p = this.pending;
    this.pending = undefined;
    p?.resolve();
  }

  /** Resolves at the next notification (one promise shared by every waiter until then). */
  next(): Promise<void> {
    if (!this.pending) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      this.pending = { promise, resolve };
    }
    return this.pending.promise;
  }

  /** Sleeps `ms` on `clock`, or less if notified meanwhile; true when woken. */
  async sleep(clock: Clock, ms: number): Promise<boolean> {
    return Promise.race([clock.sleep(ms).then(() => false), this.next().then(() => true)]);
  }
}

/** How long a watch runs before it is renewed, and the pause after a watch fails. */
const WATCH_SECONDS = 60;
const RETRY_MS = 500;

/**
 * One cluster's watches of its nodes and pods (two connections, whatever the batch size), waking
 * whoever waits on a node when the node or a pod on it changes. Never throws: a failing watch is
 * retried, and the waiters' polls carry on meanwhile.
 */
export class KubernetesWatch {
  private readonly wakeups = new Map<string, Wakeup>();
  private readonly controller = new AbortController();
  private started = false;

  /** `kube` gives the client to watch with (asked again at each renewal: credentials are re-minted). */
  constructor(private readonly kube: () => KubernetesClient) {}

  /** The wakeup of a Kubernetes node (the watches start with the first one asked for). */
  wakeupFor(nodeName: string): Wakeup {
    if (!this.started) {
      this.started = true;
      this.follow('/api/v1/nodes', (o) => o.metadata?.name);
      this.follow('/api/v1/pods', (o) => (o.spec as { nodeName?: string } | undefined)?.nodeName, true);
    }
    let w = this.wakeups.get(nodeName);
    if (!w) {
      w = new Wakeup();
      this.wakeups.set(nodeName, w);
    }
    return w;
  }

  stop(): void {
    this.controller.abort();
  }

  private follow(path: string, nodeOf: (o: KubeObject) => string | undefined, pods = false): void {
    const { signal } = this.controller;
    const loop = async () => {
      while (!signal.aborted) {
        try {
          await this.kube().watch<KubeObject>(
            path,
            {},
            (event) => {
              // the first events of a watch are what exists (ADDED): only changes wake
              if (event.type === 'MODIFIED' || event.type === 'DELETED') {
                const name = nodeOf(event.object);
                const w = name ? this.wakeups.get(name) : undefined;
                const uid = event.object.metadata?.uid;
                if (w && pods && event.type === 'DELETED' && uid) w.deletedPods.add(uid);
                w?.notify();
              }
              return false;
            },
            { signal, timeoutSeconds: WATCH_SECONDS },
          );
        } catch {
          if (signal.aborted) return;
          await new Promise((r) => setTimeout(r, RETRY_MS));
        }
      }
    };
    void loop();
  }
}
