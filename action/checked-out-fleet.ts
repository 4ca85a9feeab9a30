/**
 * The fleet of the checked-out commit with every secret decrypted, as the modes that talk to the
 * nodes (apply, drift) need it: never a render with placeholders. Clusters that do not render are
 * error annotations at their file and line, and the mode stops before it reaches any node.
 */
import { repoRelative } from '../src/plan/links.js';
import { renderFleet } from '../src/render/render.js';
import type { Fleet } from '../src/render/types.js';
import { workTreeFiles } from '../src/repo/files.js';
import { loadAgeIdentities, registerAgeIdentities } from '../src/secrets/age-identities.js';
import type { ModeContext } from './mode.js';

export type CheckedOutFleet = { fleet: Fleet } | { failed: string };

/** `nothing` ends the failure messages, e.g. "nothing was applied". */
export async function checkedOutFleet(ctx: ModeContext, nothing: string): Promise<CheckedOutFleet> {
  const { rt, inputs, registry, root } = ctx;
  const identities = await loadAgeIdentities({ explicit: inputs.ageKey, env: rt.env });
  registerAgeIdentities(registry, identities);
  const rendered = await renderFleet({
    files: workTreeFiles(root),
    clustersDir: inputs.clustersDir,
    clusters: inputs.clusters,
    stages: inputs.stages,
    identities,
    registry,
    allowMissingSecrets: false,
  });
  for (const e of rendered.errors) {
    const file = repoRelative(e.error.file ?? e.file);
    rt.error(registry.redact(`cluster ${e.cluster} could not be rendered: ${e.error.message}`), {
      title: 'render/error',
      ...(file ? { file } : {}),
      ...(file && e.error.line ? { startLine: e.error.line } : {}),
    });
  }
  if (rendered.errors.length > 0)
    return { failed: `${rendered.errors.length} cluster(s) could not be rendered: ${nothing}` };
  if (rendered.fleet.clusters.length === 0)
    return { failed: `no clusters selected (check clusters-dir, cluster and stage): ${nothing}` };
  return { fleet: rendered.fleet };
}
