/** ExtensionServiceConfig (Talos `extensions.ServiceConfigV1Alpha1`): files and environment for a system extension's service. */
import type { KindEntry } from '../../types.js';
import { asList, asObj, asStr } from '../../values.js';

export const ExtensionServiceConfig: KindEntry = {
  kind: 'ExtensionServiceConfig',
  group: 'extensions',
  validate(body, report) {
    // Talos stops at the first problem
    const name = asStr(body.name);
    if (name === '') return report.error('name is required', body.name === undefined ? [] : ['name']);
    const files = asList(body.configFiles);
    if (files.length === 0 && asList(body.environment).length === 0)
      return report.error(`no config files found for extension ${JSON.stringify(name)}`);
    for (const [i, f] of files.entries()) {
      const file = asObj(f) ?? {};
      if (asStr(file.content) === '')
        return report.error(`extension content is required for extension ${JSON.stringify(name)}`, [
          'configFiles',
          i,
        ]);
      if (asStr(file.mountPath) === '')
        return report.error(`extension mount path is required for extension ${JSON.stringify(name)}`, [
          'configFiles',
          i,
        ]);
    }
  },
};
