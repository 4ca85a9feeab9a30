/**
 * go-containerregistry's name.ParseReference with its default (weak) validation, as Talos uses it
 * for container images: a tag reference (`[registry/]repository[:tag]`), else a digest reference
 * (`…@sha256:<64 hex>`). Only whether it parses and which kind it is matter to Talos's checks.
 */
import { parseGoURL } from '../../go/url.js';

const REPOSITORY_CHARS = /^[a-z0-9_./-]+$/;
const TAG_CHARS = /^[A-Za-z0-9_.-]+$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** name.NewRepository: the registry part is the first path element when it holds `.` or `:`. */
function repositoryOK(name: string): boolean {
  if (name === '') return false;
  let repo = name;
  const slash = name.indexOf('/');
  if (slash >= 0) {
    const first = name.slice(0, slash);
    if (first.includes('.') || first.includes(':')) {
      repo = name.slice(slash + 1);
      // registries must be URI authorities: url.Parse("//" + registry).Host is the registry itself
      if (parseGoURL(`//${first}`)?.host !== first) return false;
    }
  }
  return repo.length >= 2 && repo.length <= 255 && REPOSITORY_CHARS.test(repo);
}

/** name.NewTag (weak): a trailing `:tag` unless what follows the last colon holds a slash (a port). */
function tagOK(name: string): boolean {
  const parts = name.split(':');
  let base = name;
  if (parts.length > 1 && !parts.at(-1)!.includes('/')) {
    const tag = parts.at(-1)!;
    base = parts.slice(0, -1).join(':');
    if (tag === '' || tag.length > 128 || !TAG_CHARS.test(tag)) return false;
  }
  return repositoryOK(base);
}

/** name.NewDigest: exactly one `@`, a sha256 digest, and a repository (optionally tagged) before it. */
function digestOK(name: string): boolean {
  const parts = name.split('@');
  if (parts.length !== 2 || !DIGEST.test(parts[1]!)) return false;
  return tagOK(parts[0]!);
}

/** The kind of reference the text parses as, or undefined when name.ParseReference rejects it. */
export function parseImageReference(ref: string): 'tag' | 'digest' | undefined {
  if (tagOK(ref)) return 'tag';
  if (digestOK(ref)) return 'digest';
  return undefined;
}
