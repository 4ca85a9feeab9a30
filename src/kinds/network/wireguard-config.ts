/**
 * WireguardConfig (Talos `network.WireguardConfigV1Alpha1`): a WireGuard link, its keys and peers.
 * Since Talos 1.12. Keys are base64 of 32 bytes; messages name what is wrong, never the key.
 */

import { decodeGoBase64 } from '../../go/base64.js';
import { parseGoDuration } from '../../go/duration.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr } from '../values.js';
import { checkCommonLink, checkName, conflictingLinkKinds, linkAddresses, ownLink } from './common-link.js';

/** Talos's validateWireguardKey: Go's base64 error, or a wrong length; undefined when the key is good. */
function keyProblem(key: string): string | undefined {
  const decoded = decodeGoBase64(key);
  if ('error' in decoded) return decoded.error;
  return decoded.length === 32 ? undefined : 'invalid wireguard key length';
}

export const WireguardConfig: KindEntry = {
  kind: 'WireguardConfig',
  group: 'network',
  secrets: ['privateKey', 'peers[].presharedKey'],
  validate(body, report) {
    checkName(body, report);
    const privateKey = asStr(body.privateKey);
    const keyError = privateKey === '' ? undefined : keyProblem(privateKey);
    if (privateKey === '') report.error('wireguard private key must be specified', ['privateKey']);
    else if (keyError) report.error(`wireguard private key is invalid: ${keyError}`, ['privateKey']);
    const port = Number(body.listenPort ?? 0);
    if (!(port >= 0 && port <= 65535))
      report.error('wireguard listen port must be between 0 and 65535', ['listenPort']);
    asList(body.peers).forEach((p, i) => {
      const peer = asObj(p) ?? {};
      const publicKey = asStr(peer.publicKey);
      const publicError = publicKey === '' ? undefined : keyProblem(publicKey);
      if (publicKey === '')
        report.error(`wireguard peer public key must be specified (peer index ${i})`, ['peers', i]);
      else if (publicError)
        report.error(`wireguard peer public key is invalid (peer index ${i}): ${publicError}`, [
          'peers',
          i,
          'publicKey',
        ]);
      const preshared = asStr(peer.presharedKey);
      const presharedError = preshared === '' ? undefined : keyProblem(preshared);
      if (presharedError)
        report.error(`wireguard peer preshared key is invalid (peer index ${i}): ${presharedError}`, [
          'peers',
          i,
          'presharedKey',
        ]);
      const keepalive = parseGoDuration(asStr(peer.persistentKeepaliveInterval));
      if (keepalive !== undefined && keepalive < 0n)
        report.error(`wireguard peer persistent keepalive interval cannot be negative (peer index ${i})`, [
          'peers',
          i,
          'persistentKeepaliveInterval',
        ]);
    });
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds('WireguardConfig'),
  configuresLinks: ownLink,
  addresses: linkAddresses,
};
