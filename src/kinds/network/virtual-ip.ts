/** What the virtual IP kinds share (Layer2VIPConfig, HCloudVIPConfig): the shared address is the name, on a link. */
import { parseGoAddr } from '../../go/netip.js';
import type { DocReport } from '../types.js';
import { asStr, type Obj } from '../values.js';

export function checkVIP(body: Obj, report: DocReport): void {
  const name = asStr(body.name);
  const parsed = parseGoAddr(name);
  if (name === '') report.error('name must be specified', ['name']);
  else if ('error' in parsed) report.error(`name must be a valid IP address: ${parsed.error}`, ['name']);
  if (asStr(body.link) === '') report.error('link must be specified', ['link']);
}
