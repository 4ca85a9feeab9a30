/** Talos version tags (v1.11.6, 1.14.0-rc.1) reduced to what behaviour depends on. */

export interface TalosVersionParts {
  major: number;
  minor: number;
  patch: number;
}

export function parseTalosVersion(tag: string): TalosVersionParts | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(tag.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

/** True when `tag` is at least major.minor (pre-releases count as their release line). */
export function atLeast(tag: string, major: number, minor: number): boolean {
  const v = parseTalosVersion(tag);
  if (!v) return false;
  return v.major > major || (v.major === major && v.minor >= minor);
}

/** Talos 1.14 stopped rebooting on apply: REBOOT mode is Unimplemented and AUTO never reboots. */
export const appliesWithoutReboot = (tag: string): boolean => atLeast(tag, 1, 14);
