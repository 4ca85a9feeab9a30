/**
 * talosconfig files: the YAML client configuration talosctl uses (`context` plus `contexts.<name>`
 * with endpoints, nodes and base64-encoded PEM ca/crt/key). Errors name the file and the field but
 * never include certificate or key contents.
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { isIPv6 } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import { TalosGitopsError } from '../errors.js';

export const DEFAULT_TALOS_PORT = 50000;

/** One context as stored in the file (ca/crt/key are base64 of PEM text). */
export interface TalosconfigContext {
  endpoints: string[];
  nodes?: string[];
  ca: string;
  crt: string;
  key: string;
  /** Other keys (cluster, auth, …) kept as they were so a rewrite loses nothing. */
  [extra: string]: unknown;
}

export interface Talosconfig {
  context: string;
  contexts: Record<string, TalosconfigContext>;
}

/**
 * The values of a talosconfig to register as secrets: every context's client key and certificate, as
 * written (base64) and decoded (PEM).
 */
export function talosconfigSecrets(cfg: Talosconfig): string[] {
  const out: string[] = [];
  for (const ctx of Object.values(cfg.contexts)) {
    for (const v of [ctx.key, ctx.crt]) {
      if (typeof v !== 'string' || v.trim() === '') continue;
      out.push(v, Buffer.from(v.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
  }
  return out;
}

/** A context ready for a client: endpoints normalized to host:port, PEMs decoded. */
export interface ResolvedTalosContext {
  name: string;
  endpoints: string[];
  nodes: string[];
  caPem: string;
  crtPem: string;
  keyPem: string;
  /** Where it came from, for error messages. */
  file: string;
}

export class TalosconfigError extends TalosGitopsError {
  override name = 'TalosconfigError';
}

/** `--talosconfig`, else `$TALOSCONFIG`, else `~/.talos/config` (talosctl's order). */
export function defaultTalosconfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.TALOSCONFIG || join(homedir(), '.talos', 'config');
}

/** Splits `host`, `host:port`, `[v6]:port` or a bare IPv6 address. */
export function splitEndpoint(endpoint: string): { host: string; port: number } {
  const ep = endpoint.trim();
  if (ep.includes('://') || ep.includes('/'))
    throw new RangeError(`endpoint "${ep}" must be host or host:port`);
  let host = ep;
  let port = DEFAULT_TALOS_PORT;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(ep);
  if (bracketed) {
    host = bracketed[1]!;
    if (bracketed[2]) port = Number(bracketed[2]);
  } else if (!isIPv6(ep)) {
    const m = /^([^:]+):(\d+)$/.exec(ep);
    if (m) {
      host = m[1]!;
      port = Number(m[2]);
    } else if (ep.includes(':')) {
      throw new RangeError(`endpoint "${ep}" is not host or host:port`);
    }
  }
  if (!host || port < 1 || port > 65535) throw new RangeError(`endpoint "${ep}" is not host or host:port`);
  return { host, port };
}

/** `host:port` with Talos's default port 50000 when none is given; IPv6 hosts are bracketed. */
export function normalizeEndpoint(endpoint: string): string {
  const { host, port } = splitEndpoint(endpoint);
  return `${isIPv6(host) ? `[${host}]` : host}:${port}`;
}

/** Where each parsed config came from, so later errors can name the file. */
const sourceFiles = new WeakMap<Talosconfig, string>();

function fail(file: string, message: string, field?: string, line?: number): never {
  throw new TalosconfigError(message, { file, field, line });
}

function stringList(value: unknown, file: string, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    fail(file, 'must be a list of strings', field);
  }
  return value as string[];
}

/** Parses and structurally checks a talosconfig document. */
export function parseTalosconfig(text: string, file = 'talosconfig'): Talosconfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    fail(file, `not valid YAML: ${err.message.split('\n')[0]}`, undefined, err.linePos?.[0]?.line);
  }
  const lineOf = (path: string[]): number | undefined => {
    const node = doc.getIn(path, true);
    const range = isScalar(node) || isMap(node) || isSeq(node) ? node.range : undefined;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const root = doc.toJS() as unknown;
  if (!root || typeof root !== 'object' || Array.isArray(root)) fail(file, 'must be a YAML mapping');
  const { context = '', contexts } = root as { context?: unknown; contexts?: unknown };
  if (typeof context !== 'string') fail(file, 'must be a string', 'context', lineOf(['context']));
  if (!contexts || typeof contexts !== 'object' || Array.isArray(contexts)) {
    fail(file, 'is missing (expected a mapping of context name to settings)', 'contexts');
  }
  const out: Talosconfig = { context, contexts: {} };
  for (const [name, raw] of Object.entries(contexts as Record<string, unknown>)) {
    const field = `contexts.${name}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      fail(file, 'must be a mapping', field, lineOf(['contexts', name]));
    }
    const ctx = { ...(raw as Record<string, unknown>) };
    const endpoints = stringList(ctx.endpoints, file, `${field}.endpoints`);
    // Legacy single `target` becomes the endpoint, as talosctl does.
    if (endpoints.length === 0 && typeof ctx.target === 'string' && ctx.target) endpoints.push(ctx.target);
    const nodes = stringList(ctx.nodes, file, `${field}.nodes`);
    for (const key of ['ca', 'crt', 'key'] as const) {
      if (ctx[key] !== undefined && typeof ctx[key] !== 'string') {
        fail(file, 'must be a base64 string', `${field}.${key}`, lineOf(['contexts', name, key]));
      }
    }
    out.contexts[name] = {
      ...ctx,
      endpoints,
      ...(nodes.length || ctx.nodes !== undefined ? { nodes } : {}),
      ca: (ctx.ca as string | undefined) ?? '',
      crt: (ctx.crt as string | undefined) ?? '',
      key: (ctx.key as string | undefined) ?? '',
    };
  }
  sourceFiles.set(out, file);
  return out;
}

export async function readTalosconfig(path: string): Promise<Talosconfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    fail(
      path,
      code === 'ENOENT' ? 'talosconfig file not found' : `cannot read talosconfig (${code ?? 'error'})`,
    );
  }
  return parseTalosconfig(text, path);
}

const PEM_WHAT = {
  ca: 'Talos CA certificate',
  crt: 'client certificate',
  key: 'client private key',
} as const;

function decodePemField(
  ctx: TalosconfigContext,
  key: 'ca' | 'crt' | 'key',
  file: string,
  name: string,
): string {
  const field = `contexts.${name}.${key}`;
  const value = ctx[key];
  if (!value) fail(file, `context "${name}" has no ${key} (${PEM_WHAT[key]})`, field);
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) fail(file, `is not base64 (${PEM_WHAT[key]})`, field);
  const text = Buffer.from(compact, 'base64').toString('utf8');
  const wanted = key === 'key' ? /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/ : /-----BEGIN CERTIFICATE-----/;
  if (!wanted.test(text)) {
    fail(file, `does not decode to a PEM ${key === 'key' ? 'private key' : 'certificate'}`, field);
  }
  return text;
}

/**
 * Chooses a context (by name, else the file's `context`, else the only one) and decodes it.
 */
export function resolveContext(cfg: Talosconfig, name?: string, fileName?: string): ResolvedTalosContext {
  const file = fileName ?? sourceFiles.get(cfg) ?? 'talosconfig';
  const names = Object.keys(cfg.contexts);
  let chosen = name || cfg.context;
  if (!chosen) {
    if (names.length !== 1) {
      fail(file, `no current context set; choose one of: ${names.join(', ') || '(none defined)'}`, 'context');
    }
    chosen = names[0]!;
  }
  const ctx = cfg.contexts[chosen];
  if (!ctx) {
    fail(
      file,
      `context "${chosen}" is not defined; available: ${names.join(', ') || '(none)'}`,
      name ? undefined : 'context',
    );
  }
  if (ctx.endpoints.length === 0)
    fail(file, `context "${chosen}" has no endpoints`, `contexts.${chosen}.endpoints`);
  const endpoints = ctx.endpoints.map((ep, i) => {
    try {
      return normalizeEndpoint(ep);
    } catch (err) {
      return fail(file, (err as Error).message, `contexts.${chosen}.endpoints[${i}]`);
    }
  });
  return {
    name: chosen,
    endpoints,
    nodes: ctx.nodes ?? [],
    caPem: decodePemField(ctx, 'ca', file, chosen),
    crtPem: decodePemField(ctx, 'crt', file, chosen),
    keyPem: decodePemField(ctx, 'key', file, chosen),
    file,
  };
}

/** Builds a context from PEM texts (base64-encodes them as talosconfig stores them). */
export function makeContext(opts: {
  endpoints: string[];
  nodes?: string[];
  caPem: string;
  crtPem: string;
  keyPem: string;
}): TalosconfigContext {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return {
    endpoints: [...opts.endpoints],
    ...(opts.nodes?.length ? { nodes: [...opts.nodes] } : {}),
    ca: b64(opts.caPem),
    crt: b64(opts.crtPem),
    key: b64(opts.keyPem),
  };
}

export function stringifyTalosconfig(cfg: Talosconfig): string {
  return stringify({ context: cfg.context, contexts: cfg.contexts }, { lineWidth: 0 });
}

/** Writes with mode 0600: the file holds a private key. */
export async function writeTalosconfig(path: string, cfg: Talosconfig): Promise<void> {
  await writeFile(path, stringifyTalosconfig(cfg), { mode: 0o600 });
  await chmod(path, 0o600);
}
