/** KmsgLogConfig (Talos `runtime.KmsgLogV1Alpha1`): a destination for the kernel log. */
import { urlPort } from '../../go/url.js';
import { metaURL } from '../shared/url.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const KmsgLogConfig: KindEntry = {
  kind: 'KmsgLogConfig',
  group: 'runtime',
  validate(body, report) {
    // Talos stops at the first problem
    if (asStr(body.name) === '')
      return report.error('name is required', body.name === undefined ? [] : ['name']);
    const url = metaURL(body.url);
    if (!url) return report.error('url is required', body.url === undefined ? [] : ['url']);
    if (url.scheme !== 'tcp' && url.scheme !== 'udp')
      return report.error('url scheme must be tcp:// or udp://', ['url']);
    if (url.path !== '' && url.path !== '/') return report.error('url path must be empty', ['url']);
    if (urlPort(url) === '') report.error('url port is required', ['url']);
  },
};
