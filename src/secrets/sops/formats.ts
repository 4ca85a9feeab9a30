/**
 * Which of sops's formats a file is in (YAML, JSON, dotenv, binary), by name and content, and a
 * cheap check, without decrypting, whether it looks sops-encrypted at all.
 */
import { isRecord } from './metadata.js';

export type SopsFormat = 'yaml' | 'json' | 'dotenv' | 'binary';

/** Repository files the engine decrypts before use: `*.sops.yaml`, `*.sops.yml`, `*.sops.json`. */
export function isSopsPath(p: string): boolean {
  return /\.sops\.(ya?ml|json)$/.test(p);
}

/** The format of a sops file, by extension; other names are binary if they hold sops's binary JSON. */
export function detectSopsFormat(file: string, text: string): SopsFormat | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.')).toLowerCase() : '';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  if (ext === '.env' || base === '.env') return 'dotenv';
  try {
    const parsed: unknown = JSON.parse(text);
    if (isRecord(parsed) && 'data' in parsed && 'sops' in parsed) return 'binary';
  } catch {
    // not JSON
  }
  return undefined;
}

/** A quick check, without decrypting, whether a file looks sops-encrypted. */
export function looksSopsEncrypted(text: string, file: string): boolean {
  const format = detectSopsFormat(file, text);
  if (format === 'dotenv') return /^sops_(mac|lastmodified|version)=/m.test(text);
  if (format === 'yaml') return /^sops:\s*$/m.test(text);
  if (format === 'json' || format === 'binary') {
    try {
      const parsed: unknown = JSON.parse(text);
      return isRecord(parsed) && isRecord(parsed.sops);
    } catch {
      return false;
    }
  }
  return false;
}
