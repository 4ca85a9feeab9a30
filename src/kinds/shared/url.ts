/** Talos's `meta.URL` fields (a `*url.URL` decoded from text) as the documents carry them. */
import { type GoURL, parseGoURL } from '../../go/url.js';
import { asObj } from '../values.js';

/**
 * The URL a `meta.URL` field holds, or undefined when it is unset (Talos decodes an empty text to no
 * URL). Text that Go's url.Parse rejects never reaches a document (decoding fails first).
 */
export function metaURL(v: unknown): GoURL | undefined {
  const u = typeof v === 'string' ? (v === '' ? undefined : parseGoURL(v)) : (asObj(v) as GoURL | undefined);
  if (!u) return undefined;
  return Object.values(u).some((x) => x !== '' && x !== false && x !== undefined) ? u : undefined;
}
