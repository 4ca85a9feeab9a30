/** Key generation for the three key types Talos secrets use. */
import { generateKeyPair, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

export type KeyType = 'ed25519' | 'ecdsa-p256' | 'rsa';

const generateKeyPairAsync = promisify(generateKeyPair);

/** Ed25519 or ECDSA P-256 keys are cheap, so these are generated synchronously. */
export function generateSigningKey(type: 'ed25519' | 'ecdsa-p256'): KeyObject {
  if (type === 'ed25519') return generateKeyPairSync('ed25519').privateKey;
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
}

/** RSA keys (Kubernetes service-account issuer on older contracts) take long enough to go off-thread. */
export async function generateRsaKey(bits = 4096): Promise<KeyObject> {
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: bits });
  return privateKey;
}

export function keyTypeOf(key: KeyObject): KeyType {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return 'ed25519';
    case 'ec':
      if (key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw new RangeError(`unsupported EC curve ${key.asymmetricKeyDetails?.namedCurve}`);
      }
      return 'ecdsa-p256';
    case 'rsa':
      return 'rsa';
    default:
      throw new RangeError(`unsupported key type ${key.asymmetricKeyType}`);
  }
}
