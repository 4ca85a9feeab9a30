/**
 * One list of the cluster's Kubernetes nodes shared by every node of a step, to find each one's
 * Kubernetes node: a batch of ten asks once, not ten times for the whole cluster's list. The list
 * is taken afresh for each step (or handed over by the gate that just listed the nodes), since a
 * rolled node may come back registered under another name.
 */
import type { KubernetesClient } from '../kubernetes/client.js';
import type { Node } from '../kubernetes/types.js';

/** The Kubernetes node of a Talos node among `nodes`: the one with its address, else the one with its name. */
export function pickKubernetesNode(
  nodes: readonly Node[],
  node: { name: string; address: string },
): Node | undefined {
  return (
    nodes.find((n) => n.status?.addresses?.some((a) => a.address === node.address)) ??
    nodes.find((n) => n.metadata?.name === node.name)
  );
}

export class KubernetesNodeList {
  private list: Promise<readonly Node[]> | undefined;

  constructor(private readonly kube: KubernetesClient) {}

  /** Starts a new step: the next look lists again, unless `nodes` (a list just taken) is given. */
  renew(nodes?: readonly Node[]): void {
    this.list = nodes ? Promise.resolve(nodes) : undefined;
  }

  async nodeOf(node: { name: string; address: string }): Promise<Node | undefined> {
    if (!this.list) {
      const listing = this.kube.listNodes().then((l) => l.items);
      this.list = listing;
      // a failed look is not kept: the next asker tries again
      listing.catch(() => {
        if (this.list === listing) this.list = undefined;
      });
    }
    return pickKubernetesNode(await this.list, node);
  }
}
