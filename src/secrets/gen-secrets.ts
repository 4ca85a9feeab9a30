/**
 * A fresh Talos secrets bundle in the `talosctl gen secrets` layout (lower-case keys, certificates and
 * keys as base64 of PEM). Only ever created by an explicit command (`talos-gitops init`): rendering never
 * generates secrets.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createAggregatorCa, createEtcdCa, createKubernetesCa, createTalosOsCa } from '../pki/index.js';
import { generateRsaKey } from '../pki/keys.js';
import { exportTalosKeyPem } from '../pki/pem.js';

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function token(length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return s;
}

/** A bootstrap/trustd token: `[a-z0-9]{6}.[a-z0-9]{16}`. */
export function newToken(): string {
  return `${token(6)}.${token(16)}`;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export interface SecretsBundleFile {
  cluster: { id: string; secret: string };
  /** A fresh bundle has the secretbox secret; one read from an older cluster may have only aescbc. */
  secrets: { bootstraptoken: string; secretboxencryptionsecret?: string; aescbcencryptionsecret?: string };
  trustdinfo: { token: string };
  certs: Record<string, { crt?: string; key: string }>;
}

export async function generateSecretsBundle(now = new Date()): Promise<SecretsBundleFile> {
  const os = createTalosOsCa(now);
  const etcd = createEtcdCa(now);
  const k8s = createKubernetesCa(now);
  const aggregator = createAggregatorCa(now);
  const serviceAccount = exportTalosKeyPem(await generateRsaKey(4096));
  return {
    cluster: { id: randomBytes(32).toString('base64'), secret: randomBytes(32).toString('base64') },
    secrets: { bootstraptoken: newToken(), secretboxencryptionsecret: randomBytes(32).toString('base64') },
    trustdinfo: { token: newToken() },
    certs: {
      etcd: { crt: b64(etcd.crt), key: b64(etcd.key) },
      k8s: { crt: b64(k8s.crt), key: b64(k8s.key) },
      k8saggregator: { crt: b64(aggregator.crt), key: b64(aggregator.key) },
      k8sserviceaccount: { key: b64(serviceAccount) },
      os: { crt: b64(os.crt), key: b64(os.key) },
    },
  };
}
