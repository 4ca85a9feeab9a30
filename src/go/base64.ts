/** Go's encoding/base64 StdEncoding.DecodeString: the decoded length, or Go's error text. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function corrupt(at: number): { error: string } {
  return { error: `illegal base64 data at input byte ${at}` };
}

/**
 * Decodes as Go does, quantum by quantum: newlines are skipped, padding must be complete, and the
 * first offending byte is reported by its offset. Returns how many bytes the text decodes to.
 */
export function decodeGoBase64(src: string): { length: number } | { error: string } {
  const isNewline = (c: string | undefined) => c === '\n' || c === '\r';
  let si = 0;
  let length = 0;
  for (;;) {
    let j = 0;
    let got = 0;
    let done = false;
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return { length };
        return corrupt(si - j);
      }
      const c = src[si]!;
      si++;
      if (ALPHABET.includes(c)) {
        got++;
        continue;
      }
      if (isNewline(c)) {
        j--;
        continue;
      }
      if (c !== '=') return corrupt(si - 1);
      // padding: only after two or three characters of the quantum
      if (j === 0 || j === 1) return corrupt(si - 1);
      if (j === 2) {
        while (si < src.length && isNewline(src[si])) si++;
        if (si === src.length) return corrupt(src.length);
        if (src[si] !== '=') return corrupt(si - 1);
        si++;
      }
      while (si < src.length && isNewline(src[si])) si++;
      if (si < src.length) return corrupt(si);
      done = true;
      break;
    }
    length += got === 4 ? 3 : got === 3 ? 2 : got === 2 ? 1 : 0;
    if (done) return { length };
  }
}
