/**
 * The text of a repository file: refused when it is larger than the engine reads (checked before a
 * byte is read) or is not valid UTF-8 (an error at the line of the first bad byte: never replaced by
 * U+FFFD and passed on to a node).
 */
import { TalosGitopsError } from '../errors.js';

/**
 * The largest file the engine reads from a repository: cluster.yaml, patches, bases, secrets bundles
 * and policies. A machine config is sent to a node in one gRPC message, whose default limit is 4 MiB.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export class FileTooLargeError extends TalosGitopsError {
  override name = 'FileTooLargeError';
}

export function checkFileSize(file: string, size: number): void {
  if (size > MAX_FILE_BYTES) {
    throw new FileTooLargeError(
      `${file} is ${formatSize(size)}, over the ${formatSize(MAX_FILE_BYTES)} limit for a file the engine reads`,
      { file, line: 1 },
    );
  }
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
  return `${n} bytes`;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly; an invalid byte sequence is an error naming the file and its line. */
export function utf8Text(bytes: Uint8Array, file: string): string {
  checkFileSize(file, bytes.length);
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new TalosGitopsError(`${file} is not valid UTF-8 (invalid byte at offset ${at})`, { file, line });
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    if (i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
