/**
 * Deciding what each node needs, from its live state (version and running config) against the
 * render: nothing (converged: this is what makes a re-run resume), a config change, a Talos upgrade,
 * or both (upgrade first, then config). Whether the config change reboots comes from the node's own
 * dry run where Talos decides (≤1.13, authoritative), else from predictImpact.
 */
import { readLiveConfig, runsRender } from '../drift/compare.js';
import { kubeletRestarts } from '../kinds/apply.js';
import { imageRepository, imageTag, installerImage, kubernetesVersionOf } from '../kinds/images.js';
import { contractForVersion, contractIndex } from '../model/model.js';
import { predictImpact } from '../plan/impact.js';
import type { Impact } from '../plan/types.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import { EMPTY_SCHEMATIC_ID } from '../schematic/factory.js';
import { installerVariant } from '../schematic/installer.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { describeFailure } from './failure.js';
import { normalizeVersion } from './health.js';
import type { NodeAction, RolloutApi } from './types.js';

export interface LiveNode {
  version: string;
  config: string;
}

export interface NodePlan {
  node: RenderedNode;
  action: NodeAction;
  from: { talosVersion: string; kubernetesVersion?: string };
  impacts: Impact[];
  /** Field paths behind a reboot or upgrade. */
  reasons: string[];
  /** Talos reboots by itself when the config is applied (≤1.13, AUTO answered REBOOT). */
  talosReboots: boolean;
  /** 1.14+: Talos applies without rebooting, but the change only takes effect after a reboot. */
  explicitReboot: boolean;
  /** The change restarts the node's kubelet (its pods are drained first, as for a reboot). */
  restartsKubelet: boolean;
  upgradeImage?: string;
  /** Why this node cannot be rolled: the cluster is then left untouched. */
  refusal?: string;
  dryRun?: { mode: string; diff: string };
  notes: string[];
}

const DEFAULT_INSTALLER = 'ghcr.io/siderolabs/installer';

/** Talos 1.14 stopped rebooting on apply. */
export function appliesWithoutReboot(version: string): boolean {
  const c = contractForVersion(version)?.contract;
  return c !== undefined && contractIndex(c) >= contractIndex('1.14');
}

/** The installer image for an upgrade: the render's install image, carrying the cluster's version. */
export function upgradeImageFor(node: RenderedNode, version: string): string {
  const image = installerImage(node.docs)?.value ?? '';
  if (!image) return `${DEFAULT_INSTALLER}:${version}`;
  if (imageTag(image) === version) return image;
  // Keep the repository (an Image Factory schematic, a mirror) and take the cluster's version.
  return `${imageRepository(image)}:${version}`;
}

/** The text of a node's dry-run diff (after Talos's "Config diff:" header). */
function dryRunDiff(modeDetails: string): string {
  const at = modeDetails.indexOf('Config diff:');
  return at >= 0 ? modeDetails.slice(at + 'Config diff:'.length).replace(/^\n+/, '') : '';
}

export interface PlanOptions {
  api: RolloutApi;
  registry: SecretRegistry;
  /** Keep the node's own dry-run diff (redacted) for display. */
  withDiff: boolean;
  /** Where the node answers now (default: its rendered address). */
  address?: string;
}

export async function planNode(
  cluster: RenderedCluster,
  node: RenderedNode,
  live: LiveNode,
  opts: PlanOptions,
): Promise<NodePlan> {
  const { registry } = opts;
  const liveVersion = normalizeVersion(live.version);
  const target = normalizeVersion(cluster.talosVersion);
  const liveDocs = readLiveConfig(
    live.config,
    `${cluster.name}/${node.name}`,
    liveVersion,
    cluster.contract,
    registry,
  );
  const sameConfig = runsRender(live.config, liveDocs, node.text, cluster.contract);
  // A new schematic (extensions, overlay, secure boot) is installed only by an upgrade, even at the
  // same version: applying the config alone would just rename the installer.
  const liveImage = liveDocs ? installerImage(liveDocs)?.value : undefined;
  const renderImage = installerImage(node.docs)?.value;
  const newSchematic =
    liveImage !== undefined &&
    renderImage !== undefined &&
    installerVariant(liveImage, EMPTY_SCHEMATIC_ID) !== installerVariant(renderImage, EMPTY_SCHEMATIC_ID);
  const upgrade = liveVersion !== target || newSchematic;
  const action: NodeAction = upgrade
    ? sameConfig
      ? 'upgrade'
      : 'upgrade+config'
    : sameConfig
      ? 'none'
      : 'config';
  const plan: NodePlan = {
    node,
    action,
    from: { talosVersion: liveVersion, kubernetesVersion: liveDocs && kubernetesVersionOf(liveDocs) },
    impacts: action === 'none' ? ['none'] : [],
    reasons: [],
    talosReboots: false,
    explicitReboot: false,
    // A running config the loader cannot read is taken to restart the kubelet: drained to be safe.
    restartsKubelet: action !== 'none' && (!liveDocs || kubeletRestarts(liveDocs, node.docs).length > 0),
    notes: [],
  };
  if (action === 'none') return plan;

  if (liveDocs) {
    const predicted = predictImpact(liveDocs, node.docs, cluster.contract, {
      before: {
        talosVersion: liveVersion,
        kubernetesVersion: plan.from.kubernetesVersion ?? cluster.kubernetesVersion,
      },
      // a render held at the running Kubernetes images (an upgrade to come) keeps their version
      after: {
        talosVersion: target,
        kubernetesVersion: kubernetesVersionOf(node.docs) ?? cluster.kubernetesVersion,
      },
    });
    plan.impacts = predicted.impacts;
    plan.reasons = predicted.reasons.map((r) => registry.redact(r));
  } else {
    plan.notes.push(
      'the running config could not be read by the strict loader; reboot need taken from the node',
    );
  }
  const rebootFields = plan.reasons.filter(
    (r) => !/^talosVersion |^kubernetesVersion |^installer image/.test(r),
  );

  if (upgrade) {
    plan.upgradeImage = upgradeImageFor(node, target);
    if (newSchematic) plan.notes.push(`installs a new schematic: ${liveImage} → ${plan.upgradeImage}`);
    if (!cluster.rollout.allowReboots) {
      const what =
        liveVersion !== target
          ? `a Talos upgrade ${liveVersion} → ${target}`
          : 'a Talos upgrade to install its new schematic';
      plan.refusal = `needs ${what}, which reboots the node, and this cluster does not allow reboots (rollout.allowReboots: false)`;
    }
  }
  if (action === 'upgrade') return plan;

  const noRebootContract = appliesWithoutReboot(target);
  plan.explicitReboot = noRebootContract && plan.impacts.includes('reboot');
  if (upgrade) plan.talosReboots = !noRebootContract && plan.impacts.includes('reboot');

  // The node's own dry run: validates the config where it will run and, up to 1.13, says whether it
  // reboots. After an upgrade the node will run another version, so then it only informs.
  if (!upgrade || opts.withDiff) {
    try {
      const answer = await opts.api.applyConfiguration(opts.address ?? node.address, node.text, {
        mode: 'auto',
        dryRun: true,
      });
      if (!upgrade && !noRebootContract) plan.talosReboots = answer.mode === 'reboot';
      if (opts.withDiff) {
        plan.dryRun = {
          mode: answer.mode,
          diff: liveDocs
            ? registry.redact(dryRunDiff(answer.modeDetails))
            : '(withheld: the running config could not be parsed, so its secrets cannot be recognised)',
        };
      }
    } catch (err) {
      const why = `the node rejects the new config (dry run): ${describeFailure(err, registry)}`;
      if (upgrade) plan.notes.push(`before its upgrade, ${why}`);
      else plan.refusal ??= why;
    }
  }
  if ((plan.talosReboots || plan.explicitReboot) && !cluster.rollout.allowReboots) {
    const fields = rebootFields.length ? ` (${rebootFields.join(', ')})` : '';
    plan.refusal ??= `the change needs a reboot${fields}, and this cluster does not allow reboots (rollout.allowReboots: false)`;
  }
  return plan;
}

/** Whether rolling the node disrupts its pods: an upgrade, a reboot, or a kubelet restart. */
export function disruptsPods(plan: NodePlan): boolean {
  return (
    plan.action === 'upgrade' ||
    plan.action === 'upgrade+config' ||
    plan.talosReboots ||
    plan.explicitReboot ||
    plan.restartsKubelet ||
    (plan.action === 'config' && plan.node !== undefined && plan.impacts.includes('reboot'))
  );
}
