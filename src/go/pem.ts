/**
 * Go's encoding/pem.Decode, block by block: what Go finds in a text, which is more lenient than a
 * regular expression in some places (text around blocks, headers) and stricter in others (the END
 * line must name the same type, the base64 must be padded).
 */

export interface GoPemBlock {
  type: string;
  headers: Record<string, string>;
  bytes: Buffer;
}

const START = '\n-----BEGIN ';
const END = '\n-----END ';
const EOL = '-----';

/** getLine: the line up to `\n` without trailing spaces, tabs and `\r`, and the rest after it. */
function getLine(data: string): [string, string] {
  const i = data.indexOf('\n');
  const [line, rest] = i < 0 ? [data, ''] : [data.slice(0, i), data.slice(i + 1)];
  return [line.replace(/[ \t\r]+$/, ''), rest];
}

/** base64.StdEncoding.Decode: padding required, `\r` and `\n` ignored. */
function stdBase64(s: string): Buffer | undefined {
  const clean = s.replace(/[\r\n]/g, '');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(clean)) return undefined;
  return Buffer.from(clean, 'base64');
}

/** pem.Decode: the first block and the text after it, or undefined when there is none. */
export function decodeGoPem(data: string): { block: GoPemBlock; rest: string } | undefined {
  let rest = data;
  for (;;) {
    if (rest.startsWith(START.slice(1))) rest = rest.slice(START.length - 1);
    else {
      const at = rest.indexOf(START);
      if (at < 0) return undefined;
      rest = rest.slice(at + START.length);
    }
    let typeLine: string;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith(EOL)) continue;
    typeLine = typeLine.slice(0, -EOL.length);
    const headers: Record<string, string> = {};
    let truncated = false;
    for (;;) {
      if (rest === '') {
        truncated = true;
        break;
      }
      const [line, next] = getLine(rest);
      const colon = line.indexOf(':');
      if (colon < 0) break;
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      rest = next;
    }
    if (truncated) return undefined;
    let endIndex: number;
    let trailerAt: number;
    if (Object.keys(headers).length === 0 && rest.startsWith(END.slice(1))) {
      endIndex = 0;
      trailerAt = END.length - 1;
    } else {
      endIndex = rest.indexOf(END);
      trailerAt = endIndex + END.length;
    }
    if (endIndex < 0) continue;
    const trailerLen = typeLine.length + EOL.length;
    const trailer = rest.slice(trailerAt);
    if (trailer.length < trailerLen) continue;
    if (trailer.slice(0, typeLine.length) !== typeLine || trailer.slice(typeLine.length, trailerLen) !== EOL)
      continue;
    if (getLine(trailer.slice(trailerLen))[0] !== '') continue;
    const bytes = stdBase64(rest.slice(0, endIndex).replace(/[ \t]/g, ''));
    if (!bytes) continue;
    return {
      block: { type: typeLine, headers, bytes },
      rest: getLine(rest.slice(endIndex + END.length - 1))[1],
    };
  }
}

/** Every block pem.Decode finds, in order, as a loop over Decode would. */
export function goPemBlocks(data: string): GoPemBlock[] {
  const out: GoPemBlock[] = [];
  let rest = data;
  while (rest !== '') {
    const next = decodeGoPem(rest);
    if (!next) break;
    out.push(next.block);
    rest = next.rest;
  }
  return out;
}
