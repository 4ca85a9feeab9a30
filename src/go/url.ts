/**
 * Go's net/url.URL as Talos stores endpoints: parsed into components, merged component by component
 * (Talos's generic merge walks the struct), and printed with URL.String().
 */

export interface GoURL {
  scheme: string;
  opaque: string;
  user: string;
  host: string;
  path: string;
  rawQuery: string;
  fragment: string;
  forceQuery: boolean;
  omitHost: boolean;
}

export const EMPTY_URL: GoURL = Object.freeze({
  scheme: '',
  opaque: '',
  user: '',
  host: '',
  path: '',
  rawQuery: '',
  fragment: '',
  forceQuery: false,
  omitHost: false,
});

function unescapePath(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** url.Parse; undefined when Go would reject the text. */
export function parseGoURL(raw: string): GoURL | undefined {
  if (/[\u0000-\u001f\u007f]/.test(raw)) return undefined;
  let rest = raw;
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = unescapePath(rest.slice(hash + 1)) ?? '';
    rest = rest.slice(0, hash);
  }
  const u: GoURL = { ...EMPTY_URL, fragment };
  const sm = rest.match(/^([A-Za-z][A-Za-z0-9+.-]*):/);
  if (sm) {
    u.scheme = sm[1]!.toLowerCase();
    rest = rest.slice(sm[0].length);
  }
  if (rest.endsWith('?') && rest.split('?').length === 2) {
    u.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) {
      u.rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }
  if (!rest.startsWith('/') && u.scheme !== '') {
    u.opaque = rest;
    return u;
  }
  if (rest.startsWith('//') && (u.scheme !== '' || true)) {
    const authEnd = rest.indexOf('/', 2);
    const authority = authEnd < 0 ? rest.slice(2) : rest.slice(2, authEnd);
    rest = authEnd < 0 ? '' : rest.slice(authEnd);
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      u.user = authority.slice(0, at);
      u.host = authority.slice(at + 1);
    } else u.host = authority;
    if (u.host === '' && at < 0 && authority === '') u.omitHost = false;
    if (/[\s<>"{}|\\^`]/.test(u.host)) return undefined;
  }
  const p = unescapePath(rest);
  if (p === undefined) return undefined;
  u.path = p;
  return u;
}

const PATH_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;

function escapePath(p: string): string {
  let out = '';
  for (const ch of p) {
    if (PATH_SAFE.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** URL.String(). */
export function formatGoURL(u: GoURL): string {
  let s = '';
  if (u.scheme) s += `${u.scheme}:`;
  if (u.opaque) {
    s += u.opaque;
  } else {
    if (u.scheme || u.host || u.user) {
      if (u.host || u.path || u.user) s += '//';
      if (u.user) s += `${u.user}@`;
      s += u.host;
    }
    const path = escapePath(u.path);
    if (path && !path.startsWith('/') && u.host) s += '/';
    if (s === '' && /^[^/]*:/.test(path)) s += './';
    s += path;
  }
  if (u.forceQuery || u.rawQuery) s += `?${u.rawQuery}`;
  if (u.fragment) s += `#${escapePath(u.fragment)}`;
  return s;
}

/** Talos's generic struct merge over url.URL: empty strings in the patch keep the base component. */
export function mergeGoURL(left: GoURL, right: GoURL): GoURL {
  return {
    scheme: right.scheme || left.scheme,
    opaque: right.opaque || left.opaque,
    user: right.user || left.user,
    host: right.host || left.host,
    path: right.path || left.path,
    rawQuery: right.rawQuery || left.rawQuery,
    fragment: right.fragment || left.fragment,
    // plain bools are always taken from the patch
    forceQuery: right.forceQuery,
    omitHost: right.omitHost,
  };
}

export function urlHostname(u: GoURL): string {
  const h = u.host;
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return colon >= 0 && !h.slice(0, colon).includes(':') ? h.slice(0, colon) : h;
}

export function urlPort(u: GoURL): string {
  const h = u.host;
  const m = h.match(/:(\d*)$/);
  if (!m) return '';
  if (h.startsWith('[') && !h.includes(']:')) return '';
  return m[1]!;
}
