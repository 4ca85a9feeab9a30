/**
 * The Kubernetes version of a component image and whether a Talos release line supports it, as Talos
 * checks on the machine (`compatibility.ValidateKubernetesImageTag`): the version is the text after the
 * image's last `:v` (up to a digest), read as a tolerant semantic version, and compared by its
 * major.minor.patch with the line's supported range.
 */
import type { Contract } from '../../model/model.js';
import { compatibility } from '../../validate/facts.js';

export type VersionCore = [number, number, number];

const q = JSON.stringify;
const IDENT = '[0-9A-Za-z-]+';
const STRICT = new RegExp(
  `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-${IDENT}(?:\\.${IDENT})*)?(?:\\+${IDENT}(?:\\.${IDENT})*)?$`,
);

/**
 * blang/semver's ParseTolerant: spaces and a leading `v` dropped, leading zeros trimmed, a short
 * version padded with zeros. The version's core, or why it is no version.
 */
export function parseKubernetesVersion(text: string): { core: VersionCore } | { error: string } {
  const s = text.trim().replace(/^v/, '');
  const parts = s.split('.');
  const head = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join('.')] : parts;
  const trimmed = head.map((p) => {
    if (p.length <= 1) return p;
    const t = p.replace(/^0+/, '');
    return t === '' || !/^\d/.test(t) ? `0${t}` : t;
  });
  if (trimmed.length < 3 && /[+-]/.test(trimmed[trimmed.length - 1]!))
    return { error: 'short version cannot contain PreRelease/Build meta data' };
  while (trimmed.length < 3) trimmed.push('0');
  const m = trimmed.join('.').match(STRICT);
  if (!m) return { error: `${q(text)} is not a semantic version` };
  return { core: [Number(m[1]), Number(m[2]), Number(m[3])] };
}

function compare(a: VersionCore, b: VersionCore): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Talos's SupportedWith for the contract's line; `talos` is the version named in the message. */
export function kubernetesSupportError(
  k: VersionCore,
  contract: Contract,
  talos: string,
): string | undefined {
  const c = compatibility(contract);
  const shown = k.join('.');
  const min = parseKubernetesVersion(c.minKubernetes);
  const max = parseKubernetesVersion(c.maxKubernetes);
  if ('core' in min && compare(k, min.core) < 0)
    return `version of Kubernetes ${shown} is too old to be used with Talos ${talos}`;
  if ('core' in max && compare(k, max.core) >= 0)
    return `version of Kubernetes ${shown} is too new to be used with Talos ${talos}`;
  return undefined;
}

/** Whether `talos` (e.g. `1.15.0`) is of a release line newer than the contract, whose range is unknown. */
function newerLine(talos: string, contract: Contract): boolean {
  const t = talos.match(/^v?(\d+)\.(\d+)/);
  const [cMajor, cMinor] = contract.split('.').map(Number) as [number, number];
  return !!t && (Number(t[1]) > cMajor || (Number(t[1]) === cMajor && Number(t[2]) > cMinor));
}

/**
 * Why a component image's tag is not a Kubernetes version the machine's Talos runs; undefined when it
 * is. For a Talos line newer than the contract only the tag is checked: its supported range is unknown.
 */
export function kubernetesImageError(ref: string, contract: Contract, talos: string): string | undefined {
  const i = ref.lastIndexOf(':v');
  const parsed =
    i < 0
      ? { error: `invalid image reference: ${q(ref)}` }
      : parseKubernetesVersion(ref.slice(i + 2).split('@')[0]!);
  if ('error' in parsed)
    return `failed to parse Kubernetes version from image reference ${q(ref)}: ${parsed.error}`;
  if (newerLine(talos, contract)) return undefined;
  return kubernetesSupportError(parsed.core, contract, talos);
}
