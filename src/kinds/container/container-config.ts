/** ContainerConfig (Talos `container.ContainerConfigV1Alpha1`): a container Talos runs on the host. Since Talos 1.14. */
import { parseBytes } from '../../go/humanize.js';
import { parseGoUint } from '../../go/strconv.js';
import { parseImageReference } from '../shared/image-reference.js';
import type { DocReport, KindEntry } from '../types.js';
import { asList, asObj, asStr, type Obj } from '../values.js';
import { checkContainerDependencies } from './container-dependencies.js';

const NAME = /^[a-z0-9-]+$/;
const MOUNT_OPTIONS = ['ro', 'rw', 'noexec', 'nosuid', 'nodev', 'noatime', 'rbind', 'rshared'];
const NETWORK_CONDITIONS = ['addresses', 'connectivity', 'hostname', 'etcfiles'];
const isSet = (v: unknown) => v !== undefined && v !== null;
const q = (s: string) => JSON.stringify(s);

/** Talos's ValidateAbsPath. */
function absPathError(what: string, p: string): string | undefined {
  if (p === '') return `${what} is required`;
  return p.startsWith('/') ? undefined : `${what} ${q(p)} must be an absolute path`;
}

function mountOptionErrors(options: unknown): string[] {
  const opts = asList(options).map(asStr);
  const out = opts.filter((o) => !MOUNT_OPTIONS.includes(o)).map((o) => `unsupported mount option ${q(o)}`);
  if (opts.includes('ro') && opts.includes('rw')) out.push('mount options ro and rw are mutually exclusive');
  return out;
}

/** One mount's errors and its destination (ContainerMount.Validate). */
function checkMount(m: Obj): { destination: string; errors: string[] } {
  const sources = (['userVolume', 'tmpfs', 'hostPath'] as const).filter((k) => isSet(m[k]));
  if (sources.length !== 1)
    return { destination: '', errors: ['exactly one of userVolume, tmpfs or hostPath must be set'] };
  const kind = sources[0]!;
  const spec = asObj(m[kind]) ?? {};
  const destination = asStr(spec.destination);
  const errors: string[] = [];
  if (kind === 'userVolume' && asStr(spec.name) === '') errors.push('userVolume.name is required');
  if (kind === 'hostPath') {
    const src = absPathError('hostPath.source', asStr(spec.source));
    if (src) errors.push(src);
  }
  const dst = absPathError(`${kind}.destination`, destination);
  if (dst) errors.push(dst);
  errors.push(...mountOptionErrors(spec.options));
  return { destination, errors };
}

function checkMounts(body: Obj, report: DocReport): void {
  const seen = new Set<string>();
  asList(body.mounts).forEach((raw, i) => {
    const { destination, errors } = checkMount(asObj(raw) ?? {});
    for (const e of errors) report.error(`mounts[${i}]: ${e}`, ['mounts', i]);
    if (errors.length > 0) return;
    if (seen.has(destination))
      report.error(`mounts[${i}]: duplicate destination ${q(destination)}`, ['mounts', i]);
    seen.add(destination);
  });
}

/** Talos's ValidateCapabilityName. */
function capabilityError(field: string, cap: string): string | undefined {
  if (cap === '') return `${field}: capability name must not be empty`;
  if (cap.startsWith('CAP_')) return `${field}: capability ${q(cap)} must be given without the CAP_ prefix`;
  if (cap.toUpperCase() !== cap) return `${field}: capability ${q(cap)} must be upper case`;
  if (!/^[A-Z_]*$/.test(cap))
    return `${field}: capability ${q(cap)} may only contain upper case letters and underscores`;
  return undefined;
}

function checkSecurity(security: Obj, report: DocReport): void {
  const profile = asStr(security.profile);
  if (!['', 'restricted', 'privileged'].includes(profile))
    report.error(`unsupported security profile ${q(profile)}, expected restricted or privileged`, [
      'security',
      'profile',
    ]);
  if (!isSet(security.capabilities)) return;
  const caps = asObj(security.capabilities) ?? {};
  const add = asList(caps.add).map(asStr);
  const drop = asList(caps.drop).map(asStr);
  const at = ['security', 'capabilities'];
  for (const c of add) {
    const err =
      c === 'ALL'
        ? 'capabilities.add does not accept ALL, use profile: privileged instead'
        : capabilityError('capabilities.add', c);
    if (err) report.error(err, [...at, 'add']);
  }
  for (const c of drop) {
    const err = c === 'ALL' ? undefined : capabilityError('capabilities.drop', c);
    if (err) report.error(err, [...at, 'drop']);
  }
  for (const c of add)
    if (drop.includes(c)) report.error(`capability ${q(c)} appears in both add and drop`, at);
}

/** Talos's parseMillicores. */
function millicoresError(v: string): string | undefined {
  if (!v.endsWith('m')) return `limits.cpu ${q(v)} must be expressed in millicores, e.g. 1500m`;
  const parsed = parseGoUint(v.slice(0, -1), 64);
  if (parsed.error) return `limits.cpu ${q(v)} is not a valid millicore quantity: ${parsed.error}`;
  return parsed.value === 0n ? `limits.cpu ${q(v)} must be greater than zero` : undefined;
}

function checkResources(resources: Obj, report: DocReport): void {
  const limits = asObj(resources.limits);
  if (!limits) return;
  const memory = asStr(limits.memory);
  if (memory !== '' && parseBytes(memory) === undefined)
    report.error(`limits.memory ${q(memory)} is not a valid size`, ['resources', 'limits', 'memory']);
  const cpu = asStr(limits.cpu);
  const err = cpu === '' ? undefined : millicoresError(cpu);
  if (err) report.error(err, ['resources', 'limits', 'cpu']);
}

function checkDependsOn(dependsOn: Obj, self: string, report: DocReport): void {
  asList(dependsOn.paths).forEach((p, i) => {
    const err = absPathError('dependsOn.paths entry', asStr(p));
    if (err) report.error(err, ['dependsOn', 'paths', i]);
  });
  asList(dependsOn.networks).forEach((c, i) => {
    if (!NETWORK_CONDITIONS.includes(asStr(c)))
      report.error(`unsupported dependsOn.networks condition ${q(asStr(c))}`, ['dependsOn', 'networks', i]);
  });
  asList(dependsOn.containers).forEach((c, i) => {
    const name = asStr(c);
    if (name === '')
      report.error('dependsOn.containers entry must not be empty', ['dependsOn', 'containers', i]);
    else if (name === self)
      report.error(`container ${q(self)} cannot depend on itself`, ['dependsOn', 'containers', i]);
  });
}

export const ContainerConfig: KindEntry = {
  kind: 'ContainerConfig',
  group: 'container',
  validate(body, report) {
    const name = asStr(body.name);
    const nameAt = body.name === undefined ? [] : ['name'];
    if (name === '') report.error('name is required', nameAt);
    else if (name.length > 63) report.error(`name ${q(name)} must be 63 characters or fewer`, nameAt);
    else if (!NAME.test(name))
      report.error(
        `name ${q(name)}: name can only contain lowercase ASCII letters, digits and hyphens`,
        nameAt,
      );

    const image = asStr(body.image);
    const ref = image === '' ? undefined : parseImageReference(image);
    if (image === '') report.error('image is required', body.image === undefined ? [] : ['image']);
    else if (!ref)
      report.error(`invalid image reference ${q(image)}: could not parse reference: ${image}`, ['image']);
    else if (ref !== 'digest')
      report.warn(
        `container ${q(name)}: image ${q(image)} is not digest-pinned, the running image may change on restart`,
        ['image'],
      );

    asList(body.environment).forEach((e, i) => {
      if (!asStr(e).includes('='))
        report.error(`environment[${i}]: ${q(asStr(e))} must be in KEY=value form`, ['environment', i]);
    });
    checkMounts(body, report);
    if (isSet(body.security)) checkSecurity(asObj(body.security) ?? {}, report);
    if (isSet(body.network)) {
      const mode = asStr(asObj(body.network)?.mode);
      if (!['', 'none', 'host'].includes(mode))
        report.error(`unsupported network mode ${q(mode)}, expected none or host`, ['network', 'mode']);
    }
    if (isSet(body.resources)) checkResources(asObj(body.resources) ?? {}, report);
    if (isSet(body.dependsOn)) checkDependsOn(asObj(body.dependsOn) ?? {}, name, report);
    const runAs = asObj(body.runAs);
    for (const id of ['uid', 'gid'] as const) {
      const v = runAs?.[id];
      if (typeof v === 'number' && v < 0)
        report.error(`runAs.${id} must be non-negative, got ${v}`, ['runAs', id]);
    }
  },
  // Talos's container-level check over all ContainerConfig documents: known names, no cycle
  crossCheck: checkContainerDependencies,
};
