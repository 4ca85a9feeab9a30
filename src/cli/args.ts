/** A small command-line parser: `--flag value`, `--flag=value`, repeatable flags, booleans. */
import { TalosGitopsError } from '../errors.js';

export interface FlagSpec {
  /** Flag takes a value. */
  value?: boolean;
  /** Flag may repeat (values collected in order). */
  multiple?: boolean;
  short?: string;
}

export interface Parsed {
  positionals: string[];
  flags: Record<string, string | string[] | boolean | undefined>;
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): Parsed {
  const flags: Parsed['flags'] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(spec).flatMap(([k, s]) => (s.short ? [[s.short, k] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq > 0 ? a.slice(eq + 1) : undefined;
    } else if (a.startsWith('-') && a.length === 2 && byShort.has(a.slice(1))) {
      name = byShort.get(a.slice(1));
    }
    if (name === undefined) {
      positionals.push(a);
      continue;
    }
    const s = spec[name];
    if (!s) throw new TalosGitopsError(`unknown flag --${name}`);
    if (!s.value) {
      flags[name] = true;
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === undefined) throw new TalosGitopsError(`flag --${name} needs a value`);
    if (s.multiple) flags[name] = [...((flags[name] as string[] | undefined) ?? []), v];
    else flags[name] = v;
  }
  return { positionals, flags };
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const list = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);
