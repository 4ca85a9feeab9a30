/**
 * Generated benchmark secrets kept between runs: a fresh bundle needs a 4096-bit RSA key (about a
 * second of CPU each), and a 100-cluster fleet needs 100 of them. The cache holds only synthetic
 * secrets made for the benchmark, encrypted to the cached benchmark key.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';

export async function cachedAgeIdentity(dir?: string): Promise<{ identity: string; recipient: string }> {
  const file = dir && path.join(dir, 'identity.txt');
  let identity = file && existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (!identity) {
    identity = await generateIdentity();
    if (file) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, `${identity}\n`, { mode: 0o600 });
    }
  }
  return { identity, recipient: await identityToRecipient(identity) };
}

/** `count` encrypted bundles, made by `make` where the cache has none (a few at a time). */
export async function cachedBundles(
  count: number,
  dir: string | undefined,
  make: () => Promise<string>,
): Promise<string[]> {
  const out: string[] = new Array(count);
  const missing: number[] = [];
  for (let i = 0; i < count; i++) {
    const file = dir && path.join(dir, `bundle-${String(i).padStart(3, '0')}.sops.yaml`);
    if (file && existsSync(file)) out[i] = readFileSync(file, 'utf8');
    else missing.push(i);
  }
  if (missing.length > 0 && dir) {
    console.error(`bench: generating ${missing.length} secrets bundle(s) once (cached in ${dir})`);
  }
  // RSA key generation runs on libuv's thread pool: a few in flight use every core
  const queue = [...missing];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        out[i] = await make();
        if (dir) writeFileSync(path.join(dir, `bundle-${String(i).padStart(3, '0')}.sops.yaml`), out[i]!);
      }
    }),
  );
  return out;
}
