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

/** url.getScheme: the scheme and the rest, or Go's error ("missing protocol scheme"). */
function splitScheme(raw: string): { scheme: string; rest: string } | { error: string } {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+.-]/.test(c)) {
      if (i === 0) return { scheme: '', rest: raw };
      continue;
    }
    if (c === ':') {
      if (i === 0) return { error: 'missing protocol scheme' };
      return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    return { scheme: '', rest: raw };
  }
  return { scheme: '', rest: raw };
}

/**
 * url.ParseRequestURI, as far as its path and its errors go: the decoded path, or the error text
 * Go prints (`parse "foo": invalid URI for request`). A request URI keeps `#` as part of the path.
 */
export function requestURIPath(raw: string): { path: string } | { error: string } {
  const fail = (msg: string) => ({ error: `parse ${JSON.stringify(raw)}: ${msg}` });
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fail('net/url: invalid control character in URL');
  if (raw === '') return fail('empty url');
  if (raw === '*') return { path: '*' };
  const split = splitScheme(raw);
  if ('error' in split) return fail(split.error);
  let rest = split.rest;
  if (rest.endsWith('?') && rest.split('?').length === 2) rest = rest.slice(0, -1);
  else rest = rest.split('?')[0]!;
  if (!rest.startsWith('/')) {
    if (split.scheme !== '') return { path: '' };
    return fail('invalid URI for request');
  }
  if (split.scheme !== '' && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash < 0 ? '' : rest.slice(slash);
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    const port = host.match(/:([^\]:]*)$/);
    if (port && !/^[0-9]*$/.test(port[1]!) && !host.startsWith('['))
      return fail(`invalid port ${JSON.stringify(`:${port[1]}`)} after host`);
  }
  const path = unescapePath(rest);
  if (path === undefined)
    return fail(`invalid URL escape ${JSON.stringify(rest.match(/%.{0,2}/)?.[0] ?? '%')}`);
  return { path };
}
