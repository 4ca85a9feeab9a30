/** EtcFileConfig (Talos `runtime.EtcFileConfigV1Alpha1`): a file the user places under /etc. Since Talos 1.14. */
import path from 'node:path';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

/** Files and folders under /etc that Talos writes itself (Talos's managedEtcFiles, managedEtcPrefixes). */
const MANAGED_FILES = [
  'resolv.conf',
  'hosts',
  'machine-id',
  'extensions.yaml',
  'localtime',
  'os-release',
  'xattr.conf',
];
const MANAGED_PREFIXES = [
  'apparmor.d/',
  'apparmor/',
  'ca-certificates/',
  'cni/',
  'cri/',
  'iscsi/',
  'kubernetes/',
  'lvm/',
  'nvme/',
  'pki/',
  'selinux/',
  'ssl/',
];

/** Go's filepath.IsLocal on Unix: relative, non-empty, and not escaping upwards once cleaned. */
function isLocal(p: string): boolean {
  if (p === '' || p.startsWith('/')) return false;
  const hasDots = p.split('/').some((part) => part === '.' || part === '..');
  const clean = hasDots ? path.posix.normalize(p) : p;
  return clean !== '..' && !clean.startsWith('../');
}

export const EtcFileConfig: KindEntry = {
  kind: 'EtcFileConfig',
  group: 'runtime',
  validate(body, report) {
    const name = asStr(body.name);
    const at = body.name === undefined ? [] : ['name'];
    if (name === '') return report.error('user etc file name cannot be empty', at);
    if (!isLocal(name) || name.startsWith('.'))
      return report.error(`user etc file ${JSON.stringify(name)} must be a local path`, at);
    if (
      MANAGED_FILES.includes(name) ||
      MANAGED_PREFIXES.some((prefix) => name === prefix.slice(0, -1) || name.startsWith(prefix))
    )
      report.error(`user etc file ${JSON.stringify(name)} is managed by Talos`, at);
  },
};
