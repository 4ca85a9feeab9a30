/** What the DHCP kinds share (DHCPv4Config, DHCPv6Config): the client identifier and its raw DUID. */
import type { DocReport } from '../types.js';
import { asStr, type Obj } from '../values.js';
import { checkName } from './common-link.js';

/** The checks both DHCP kinds' Validate make: a name, and a raw DUID exactly when the identifier is `duid`. */
export function checkDHCPClient(body: Obj, report: DocReport): void {
  checkName(body, report);
  const duid = asStr(body.clientIdentifier).toLowerCase() === 'duid';
  const raw = asStr(body.duidRaw) !== '';
  if (raw && !duid) report.error("duidRaw can only be set if clientIdentifier is 'duid'", ['duidRaw']);
  if (duid && !raw) report.error("duidRaw must be set if clientIdentifier is 'duid'", ['clientIdentifier']);
}
