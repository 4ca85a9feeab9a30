/**
 * Which Kubernetes versions each Talos release line runs (Talos's `pkg/machinery/compatibility`,
 * checked by `talosctl upgrade-k8s` on every node before it touches anything).
 */

/** Talos minor → [lowest, highest] Kubernetes minor it supports. */
const SUPPORTED: Record<string, [number, number]> = {
  '1.10': [28, 33],
  '1.11': [29, 34],
  '1.12': [30, 35],
  '1.13': [31, 36],
  '1.14': [32, 37],
};

const minorOf = (v: string) => /^v?(\d+)\.(\d+)/.exec(v);

/** Why a Talos version does not run a Kubernetes version, or undefined when it does (or is unknown). */
export function kubernetesUnsupported(talosVersion: string, kubernetesVersion: string): string | undefined {
  const t = minorOf(talosVersion);
  const k = minorOf(kubernetesVersion);
  if (!t || !k) return undefined;
  const range = SUPPORTED[`${t[1]}.${t[2]}`];
  if (!range) return undefined;
  const minor = Number(k[2]);
  if (k[1] === '1' && minor >= range[0] && minor <= range[1]) return undefined;
  return `Talos ${talosVersion} runs Kubernetes 1.${range[0]} to 1.${range[1]}, not ${kubernetesVersion}`;
}
