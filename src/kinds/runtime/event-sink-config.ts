/** EventSinkConfig (Talos `runtime.EventSinkV1Alpha1`): where the machine streams its events. */
import { splitHostPort } from '../../go/net.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const EventSinkConfig: KindEntry = {
  kind: 'EventSinkConfig',
  group: 'runtime',
  validate(body, report) {
    const split = splitHostPort(asStr(body.endpoint));
    if ('error' in split)
      report.error(`event sink endpoint: ${split.error}`, body.endpoint === undefined ? [] : ['endpoint']);
  },
};
