/** HTTPProbeConfig (Talos `network.HTTPProbeConfigV1Alpha1`): an HTTP(S) connectivity probe. Since Talos 1.14. */
import { type GoURL, parseGoURL, urlHostname } from '../../go/url.js';
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';
import { checkCommonProbe, checkProbeName, negativeDuration } from './common-probe.js';

/** The decoded `url` (Talos's meta.URL): undefined when unset, as an empty text decodes to no URL. */
function probeURL(v: unknown): GoURL | undefined {
  const u = typeof v === 'string' ? (v === '' ? undefined : parseGoURL(v)) : (asObj(v) as GoURL | undefined);
  if (!u) return undefined;
  return Object.values(u).some((x) => x !== '' && x !== false) ? u : undefined;
}

export const HTTPProbeConfig: KindEntry = {
  kind: 'HTTPProbeConfig',
  group: 'network',
  validate(body, report) {
    checkProbeName(body, report);
    const url = probeURL(body.url);
    if (!url) report.error('HTTP probe URL is required', body.url === undefined ? [] : ['url']);
    else if (url.scheme !== 'http' && url.scheme !== 'https')
      report.error(`HTTP probe URL scheme must be http or https, got ${JSON.stringify(url.scheme)}`, ['url']);
    else if (url.opaque !== '' || urlHostname(url) === '')
      report.error('HTTP probe URL must be an absolute http or https URL with a non-empty host', ['url']);
    const timeout = negativeDuration(body.timeout);
    if (timeout) report.error(`HTTP probe timeout cannot be negative: ${timeout}`, ['timeout']);
    checkCommonProbe(body, report);
  },
};
