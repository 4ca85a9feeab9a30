/**
 * Generation read backwards (src/generate/recover.ts): for every contract, the secrets bundle, cluster
 * name, endpoint, role and hostname come back out of what the generator wrote — the bundle exactly as it
 * went in, also a bundle holding only the old aescbc secret under 1.14 — and a missing secret is named by
 * its field, never shown.
 */
import { describe, expect, it } from 'vitest';
import { generateBaseConfig } from '../src/generate/index.js';
import { recoverHostname, recoverInputs, recoverSecretsBundle } from '../src/generate/recover.js';
import { parseSecretsBundle } from '../src/secrets/bundle.js';
import { loadBundle, rawBundle } from './fixtures/generate/bundles.js';

const RELEASES = ['v1.10.9', 'v1.11.6', 'v1.12.11', 'v1.13.9', 'v1.14.0-rc.1'];

function generated(release: string, role: 'controlplane' | 'worker', bundle = loadBundle()) {
  return generateBaseConfig({
    bundle,
    clusterName: 'lab',
    endpoint: 'https://10.5.0.2:6443',
    talosVersion: release,
    role,
  }) as Array<Record<string, unknown>>;
}

describe('recovering generation inputs', () => {
  for (const release of RELEASES) {
    it(`${release}: the bundle, name, endpoint and role come back`, () => {
      const cp = generated(release, 'controlplane');
      expect(recoverInputs(cp, 'cp')).toEqual({
        role: 'controlplane',
        clusterName: 'lab',
        endpoint: 'https://10.5.0.2:6443',
      });
      expect(recoverInputs(generated(release, 'worker'), 'w').role).toBe('worker');
      const recovered = recoverSecretsBundle(cp, 'cp');
      expect(parseSecretsBundle(recovered, 'recovered')).toEqual(loadBundle());
      expect(recovered).toEqual(rawBundleCanonical());
    });
  }

  it('1.14 keeps an aescbc-only bundle as the key1 secretbox provider, and reads it back', () => {
    const raw = rawBundle();
    raw.secrets.aescbcencryptionsecret = raw.secrets.secretboxencryptionsecret;
    delete raw.secrets.secretboxencryptionsecret;
    const bundle = parseSecretsBundle(raw, 'aescbc');
    const recovered = recoverSecretsBundle(generated('v1.14.0-rc.1', 'controlplane', bundle), 'cp');
    expect(recovered.secrets).toEqual({
      bootstraptoken: raw.secrets.bootstraptoken,
      aescbcencryptionsecret: raw.secrets.aescbcencryptionsecret,
    });
  });

  it('a worker has no keys: the bundle cannot be read from it, and the message names the field only', () => {
    const worker = generated('v1.13.9', 'worker');
    expect(() => recoverSecretsBundle(worker, 'node 10.5.0.3')).toThrow(
      'node 10.5.0.3: cluster.etcd.ca.crt is missing, so the secrets bundle cannot be read',
    );
  });

  it('the hostname comes from HostnameConfig from 1.12, from machine.network before', () => {
    expect(recoverHostname(generated('v1.13.9', 'worker'))).toBeUndefined();
    const v13 = generated('v1.13.9', 'worker').map((d) =>
      d.kind === 'HostnameConfig' ? { ...d, auto: undefined, hostname: 'w-1' } : d,
    );
    expect(recoverHostname(v13)).toBe('w-1');
    const v11 = generated('v1.11.6', 'worker');
    (v11[0]!.machine as Record<string, unknown>).network = { hostname: 'w-2' };
    expect(recoverHostname(v11)).toBe('w-2');
  });
});

/** The fixture bundle file's values, with certificates re-encoded the way Talos canonicalises them. */
function rawBundleCanonical() {
  const raw = rawBundle();
  const canon = (b64: string) =>
    Buffer.from(Buffer.from(b64, 'base64').toString('latin1'), 'latin1').toString('base64');
  for (const section of Object.values(raw.certs) as Array<Record<string, string>>) {
    for (const k of Object.keys(section)) section[k] = canon(section[k]!);
  }
  return raw;
}
