/** Links from the comment to the repository: files at the described commit, and the commit itself. */
import { mdCode, mdText } from './md.js';

export interface RepoLinkContext {
  /** Web base, e.g. https://github.com or a GitHub Enterprise Server URL. */
  serverUrl: string;
  /** `owner/repo`. */
  repository: string;
  /** Commit the links point at. */
  sha: string;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/** Percent-encodes a path segment, including the characters markdown link syntax would stop at. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[()!'*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A repository-relative path, or undefined for anything that could point outside the repository. */
export function repoRelative(file: string): string | undefined {
  const f = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (f === '' || f.startsWith('/') || /^[A-Za-z]:/.test(f)) return undefined;
  const parts = f.split('/');
  if (parts.some((p) => p === '..' || p === '.' || p === '')) return undefined;
  return f;
}

/** `https://github.com/OWNER/REPO/blob/SHA/FILE#LLINE`, or undefined when no link can be made. */
export function blobUrl(ctx: RepoLinkContext | undefined, file: string, line?: number): string | undefined {
  if (!ctx || !REPOSITORY.test(ctx.repository) || !SHA.test(ctx.sha)) return undefined;
  const rel = repoRelative(file);
  if (!rel) return undefined;
  const base = ctx.serverUrl.replace(/\/+$/, '');
  const path = rel.split('/').map(encodeSegment).join('/');
  const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  return `${base}/${ctx.repository}/blob/${ctx.sha}/${path}${anchor}`;
}

export function commitUrl(ctx: RepoLinkContext | undefined): string | undefined {
  if (!ctx || !REPOSITORY.test(ctx.repository) || !SHA.test(ctx.sha)) return undefined;
  return `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repository}/commit/${ctx.sha}`;
}

/** `file:line` as a markdown link to that line, or as code when it cannot be linked. */
export function sourceLink(
  ctx: RepoLinkContext | undefined,
  file: string,
  line: number | undefined,
  redact: (s: string) => string,
): string {
  const f = redact(file);
  const label = line ? `${f}:${line}` : f;
  const url = blobUrl(ctx, f, line);
  return url ? `[${mdText(label)}](${url})` : mdCode(label);
}

/** A commit id shortened the way GitHub shows it; refs are kept whole. */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{40,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
