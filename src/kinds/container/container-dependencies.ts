/**
 * Talos's whole-config check of ContainerConfig `dependsOn.containers` (1.14): every dependency names a
 * configured container, and the dependencies form no cycle (two containers waiting on each other would
 * both stay pending forever on the node).
 */
import type { ConfigDocument } from '../../config/document.js';
import type { KindContext } from '../context.js';
import { asList, asStr, dig } from '../values.js';

const RULE = 'talos/container-dependencies';

function dependencies(doc: ConfigDocument): string[] {
  return asList(dig(doc.body, 'dependsOn', 'containers')).map((d) => asStr(d));
}

/** Each cycle once, as `a -> b -> a`, found walking the containers in name order (as Talos reports them). */
function cycles(edges: Map<string, string[]>): string[] {
  const done = new Set<string>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (name: string): void => {
    if (done.has(name)) return;
    if (onStack.has(name)) {
      found.push([...stack.slice(stack.indexOf(name)), name].join(' -> '));
      return;
    }
    onStack.add(name);
    stack.push(name);
    for (const dep of edges.get(name) ?? []) if (edges.has(dep)) visit(dep);
    stack.pop();
    onStack.delete(name);
    done.add(name);
  };
  for (const name of [...edges.keys()].sort()) visit(name);
  return [...new Set(found)].sort();
}

export function checkContainerDependencies(docs: readonly ConfigDocument[], ctx: KindContext): void {
  const containers = docs.filter((d) => d.kind === 'ContainerConfig');
  if (containers.length === 0) return;
  const edges = new Map(containers.map((d) => [d.name ?? '', dependencies(d)] as const));
  for (const doc of containers) {
    dependencies(doc).forEach((dep, i) => {
      if (!edges.has(dep))
        ctx.error(
          RULE,
          `container ${JSON.stringify(doc.name ?? '')} depends on container ${JSON.stringify(dep)}, which is not configured`,
          doc,
          ['dependsOn', 'containers', i],
        );
    });
  }
  const found = cycles(edges);
  if (found.length === 0) return;
  // the finding points at the container the first cycle starts from
  const start = containers.find((d) => (d.name ?? '') === found[0]!.split(' -> ')[0]) ?? containers[0];
  ctx.error(RULE, `container dependsOn cycle detected: ${found.join(', ')}`, start, [
    'dependsOn',
    'containers',
  ]);
}
