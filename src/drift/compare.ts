/**
 * A node's running config against a render of it: whether it runs exactly that render, and the
 * redacted diff between the two. Shared by the drift check (against the checked-out commit) and the
 * dry run of apply (against the last applied commit).
 */
import type { ConfigDocument } from '../config/document.js';
import { encodeConfig } from '../config/encode.js';
import { loadConfig } from '../config/patch.js';
import { type Contract, contractOf } from '../model/model.js';
import { unifiedDiff } from '../plan/plan.js';
import { reviewText } from '../redact/review.js';
import { registerSecretPaths } from '../render/secret-walk.js';
import type { SecretRegistry } from '../secrets/registry.js';

/**
 * The running config as documents (read with the contract of the version the node runs), its
 * secrets registered for redaction — it may carry ones the render does not (a rotation by hand).
 * Undefined when the strict loader cannot read it.
 */
export function readLiveConfig(
  text: string,
  where: string,
  liveVersion: string,
  contract: Contract,
  registry: SecretRegistry,
): ConfigDocument[] | undefined {
  try {
    const docs = loadConfig(text, `live config of ${where}`, contractOf(liveVersion) ?? contract);
    registerSecretPaths(docs, registry);
    return docs;
  } catch {
    return undefined;
  }
}

/** The node runs the render: the same text, or the same once encoded as Talos encodes it. */
export function runsRender(
  liveText: string,
  liveDocs: ConfigDocument[] | undefined,
  renderText: string,
  contract: Contract,
): boolean {
  return (
    liveText === renderText || (liveDocs !== undefined && encodeConfig(liveDocs, contract) === renderText)
  );
}

/**
 * A redacted unified diff between a render and the running config, `from` → `to` with their labels
 * (e.g. `git` → `live` for drift, `live` → `git` for the revert an apply makes).
 */
export function renderLiveDiff(opts: {
  name: string;
  render: ConfigDocument[];
  live: ConfigDocument[];
  contract: Contract;
  registry: SecretRegistry;
  direction: 'git-to-live' | 'live-to-git';
}): string {
  const { registry, contract } = opts;
  const gitText = reviewText(opts.render, { registry, contract }).text;
  const liveText = reviewText(opts.live, { registry, base: opts.render, contract }).text;
  const [from, to] = opts.direction === 'git-to-live' ? ['git', 'live'] : ['live', 'git'];
  const [a, b] = opts.direction === 'git-to-live' ? [gitText, liveText] : [liveText, gitText];
  const diff = unifiedDiff(opts.name, a, b)
    .replace(/^--- a\//, `--- ${from}/`)
    .replace(/\n\+\+\+ b\//, `\n+++ ${to}/`);
  return registry.redact(diff);
}
