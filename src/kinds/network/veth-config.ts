/**
 * VethConfig (Talos `network.VethConfigV1Alpha1`): a pair of virtual ethernet links, this one and its
 * peer, each configured like a link. Since Talos 1.14.
 */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';
import { checkCommonLink, conflictingLinkKinds, linkAddresses } from './common-link.js';

/** Talos's validateVethLinkName: what the kernel accepts as a link name; undefined when fine. */
function linkNameProblem(field: string, name: string): string | undefined {
  if (name === '') return `${field} must be specified`;
  if (Buffer.byteLength(name, 'utf8') > 15) return `${field} must not exceed 15 bytes`;
  if (name === '.' || name === '..') return `${field} must not be ${JSON.stringify(name)}`;
  if (/[/:]/.test(name)) return `${field} must not contain '/' or ':'`;
  // Go's unicode.IsPrint without spaces: letters, marks, numbers, punctuation, symbols
  if (!/^[\p{L}\p{M}\p{N}\p{P}\p{S}]*$/u.test(name))
    return `${field} must not contain whitespace or non-printable characters`;
  return undefined;
}

export const VethConfig: KindEntry = {
  kind: 'VethConfig',
  group: 'network',
  validate(body, report) {
    const name = asStr(body.name);
    const peer = asObj(body.peer) ?? {};
    const peerName = asStr(peer.name);
    const own = linkNameProblem('name', name);
    if (own) report.error(own, ['name']);
    const theirs = linkNameProblem('peer name', peerName);
    if (theirs) report.error(theirs, body.peer === undefined ? [] : ['peer', 'name']);
    if (name !== '' && name === peerName)
      report.error('name and peer name must be different', ['peer', 'name']);
    checkCommonLink(body, report);
    checkCommonLink(peer, report, ['peer']);
  },
  conflictsWithKinds: conflictingLinkKinds('VethConfig'),
  // both ends; a peer named after the link itself is the validation's finding, not a second claim
  configuresLinks: (body) => [...new Set([asStr(body.name), asStr(asObj(body.peer)?.name)])],
  addresses: (body) => [...linkAddresses(body), ...linkAddresses(asObj(body.peer) ?? {}, ['peer'])],
};
