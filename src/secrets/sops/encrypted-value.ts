/**
 * sops's AES-256-GCM value form, `ENC[AES256_GCM,data:...,iv:...,tag:...,type:...]`: recognising,
 * sealing and opening one value. Opening reports only why it failed, never anything of the content.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ENC_RE =
  /^ENC\[AES256_GCM,data:([A-Za-z0-9+/]+={0,2}),iv:([A-Za-z0-9+/]+={0,2}),tag:([A-Za-z0-9+/]+={0,2}),type:([a-z]+)\]\s*$/;

/** True for a string in sops's encrypted-value form. */
export function isEncryptedValue(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('ENC[');
}

/** Encrypts bytes as a sops value; `ad` is the path of the value (`a:b:`) or `lastmodified`. */
export function sealValue(plain: Uint8Array, type: string, key: Uint8Array, ad: string): string {
  const iv = randomBytes(32); // sops uses 32-byte nonces
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(ad, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${iv.toString('base64')},tag:${tag.toString('base64')},type:${type}]`;
}

type OpenResult = { ok: true; type: string; plain: Buffer } | { ok: false; why: 'malformed' | 'auth' };

/** Decrypts one sops value. Reports only why it failed, never anything about the content. */
export function openValue(enc: string, key: Uint8Array, ad: string): OpenResult {
  const m = ENC_RE.exec(enc);
  if (!m) return { ok: false, why: 'malformed' };
  const [data, iv, tag] = [m[1]!, m[2]!, m[3]!].map((s) => Buffer.from(s, 'base64')) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  if ([m[1]!, m[2]!, m[3]!].some((s) => s.length % 4 !== 0) || iv.length === 0 || tag.length !== 16) {
    return { ok: false, why: 'malformed' };
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(ad, 'utf8'));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(data), decipher.final()]);
    return { ok: true, type: m[4]!, plain };
  } catch {
    return { ok: false, why: 'auth' };
  }
}
