/**
 * Turning errors into the one-paragraph reasons the report carries. Talos puts the whole config
 * diff into some errors ("can't be applied in immediate mode\ndiff: …"), and a diff holds secrets, so
 * the diff part is cut off before the text is redacted.
 */
import { describeError } from '../errors.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { TalosApiError } from '../talos/api-error.js';

const MAX_REASON = 600;

/** Cuts Talos's embedded diffs and folds the text onto one line. */
export function scrubDetail(text: string): string {
  const cut = text.search(/\n?(?:diff:|Config diff:)/);
  const kept = cut >= 0 ? text.slice(0, cut) : text;
  const folded = kept
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s*/, '').trim())
    .filter(Boolean)
    .join('; ');
  return folded.length > MAX_REASON ? `${folded.slice(0, MAX_REASON - 1)}…` : folded;
}

/** A redacted, diff-free reason for any error. */
export function describeFailure(err: unknown, registry: SecretRegistry): string {
  const text = err instanceof TalosApiError ? err.message : describeError(err);
  return registry.redact(scrubDetail(text));
}

export interface Explained {
  /** What happened, in words, for the one line a reader sees. */
  reason: string;
  /** The Talos API's own text (method, node, endpoint, gRPC detail), for a folded section; redacted. */
  detail?: string;
}

/** A failure in words, with the Talos API's text kept apart. */
export function explainFailure(err: unknown, registry: SecretRegistry): Explained {
  if (!(err instanceof TalosApiError)) return { reason: describeFailure(err, registry) };
  const words: Partial<Record<TalosApiError['kind'], string>> = {
    unreachable: 'the node could not be reached',
    deadline: 'the node did not answer in time',
    'invalid-config': err.needsReboot
      ? 'Talos refused to apply the change without a reboot'
      : 'the node rejected the new config',
  };
  const word = words[err.kind];
  // With no words for the kind, Talos's own text is the only thing that says what to fix.
  const own = scrubDetail(err.detail);
  const short = own.length > 400 ? `${own.slice(0, 399)}…` : own;
  const reason = word
    ? `${word} (${err.method})`
    : `${err.method} ${err.summary}${short ? `: ${short}` : ''}`;
  return { reason: registry.redact(reason), detail: describeFailure(err, registry) };
}

/** A TalosApiError kind meaning "cannot talk to the node right now" (rebooting, down, hung). */
export function isUnreachable(err: unknown): boolean {
  return err instanceof TalosApiError && (err.kind === 'unreachable' || err.kind === 'deadline');
}
