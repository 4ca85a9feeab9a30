/**
 * The installer image the Image Factory serves for a schematic: from Talos 1.10 the unified
 * per-platform installers (`<host>/<platform>-installer[-secureboot]/<id>:<version>`), before that the
 * metal-only `<host>/installer[-secureboot]/<id>:<version>` — the same forms the factory's UI offers.
 */

export const DEFAULT_FACTORY = 'factory.talos.dev';
export const DEFAULT_PLATFORM = 'metal';

export interface InstallerImageInput {
  schematicId: string;
  /** Talos version tag, e.g. v1.13.9. */
  talosVersion: string;
  platform?: string;
  secureBoot?: boolean;
  /** The factory's host (and port), default factory.talos.dev. */
  factory?: string;
}

/** Talos's imager quirk: version ≥ 1.10.0 (a 1.10.0 pre-release is older) has unified installers. */
export function supportsUnifiedInstaller(talosVersion: string): boolean {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?/.exec(talosVersion);
  // a version that does not parse is taken as the newest Talos, as the quirk does
  if (!m) return true;
  const [maj, min, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (maj !== 1) return maj > 1;
  if (min !== 10) return min > 10;
  return patch > 0 || m[4] === undefined;
}

export function factoryInstallerImage(input: InstallerImageInput): string {
  const host = input.factory ?? DEFAULT_FACTORY;
  const suffix = input.secureBoot ? '-secureboot' : '';
  const repo = supportsUnifiedInstaller(input.talosVersion)
    ? `${input.platform ?? DEFAULT_PLATFORM}-installer${suffix}`
    : `installer${suffix}`;
  const version = input.talosVersion.startsWith('v') ? input.talosVersion : `v${input.talosVersion}`;
  return `${host}/${repo}/${input.schematicId}:${version}`;
}

/**
 * What an installer image installs, beyond its version: `<platform>-installer[-secureboot]/<schematic>`
 * for factory images (the legacy `installer` is metal's), and the vanilla metal installer for any
 * other image (ghcr.io/siderolabs/installer or a mirror of it). Two images with the same variant at
 * the same version install the same system.
 */
export function installerVariant(image: string, emptySchematicId: string): string {
  const m = /\/((?:[a-z0-9-]+-)?installer(?:-secureboot)?)\/([0-9a-f]{64})(?::|@|$)/.exec(image);
  if (!m) return `metal-installer/${emptySchematicId}`;
  const repo = m[1]!.startsWith('installer') ? `metal-${m[1]}` : m[1]!;
  return `${repo}/${m[2]}`;
}
