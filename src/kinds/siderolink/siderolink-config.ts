/** SideroLinkConfig (Talos `siderolink.ConfigV1Alpha1`): the machine's link to Omni or another SideroLink API. */
import { metaURL } from '../shared/url.js';
import type { KindEntry } from '../types.js';

export const SideroLinkConfig: KindEntry = {
  kind: 'SideroLinkConfig',
  group: 'siderolink',
  secrets: ['uniqueToken', 'apiUrl?jointoken'],
  validate(body, report) {
    // Talos stops at the first problem; messages never quote the URL (its query holds the join token)
    const url = metaURL(body.apiUrl);
    if (!url) return report.error('apiUrl is required', body.apiUrl === undefined ? [] : ['apiUrl']);
    if (url.scheme !== 'https' && url.scheme !== 'grpc')
      return report.error('apiUrl scheme must be https:// or grpc://', ['apiUrl']);
    if (url.path !== '' && url.path !== '/') report.error('apiUrl path must be empty', ['apiUrl']);
  },
};
