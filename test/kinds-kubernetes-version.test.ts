/**
 * A component image's Kubernetes version as Talos reads it on the machine (the text after the last `:v`,
 * up to a digest, as a tolerant semantic version) and the range each Talos line supports.
 */
import { describe, expect, it } from 'vitest';
import { kubernetesImageError, parseKubernetesVersion } from '../src/kinds/shared/kubernetes-version.js';

describe('kubernetes image versions', () => {
  it('reads tolerant versions: short ones padded, leading zeros trimmed, pre-releases kept apart', () => {
    expect(parseKubernetesVersion('1.33')).toEqual({ core: [1, 33, 0] });
    expect(parseKubernetesVersion('1.033.02')).toEqual({ core: [1, 33, 2] });
    expect(parseKubernetesVersion('1.37.0-rc.0')).toEqual({ core: [1, 37, 0] });
    expect(parseKubernetesVersion('1.33-rc.0')).toHaveProperty('error');
    expect(parseKubernetesVersion('latest')).toHaveProperty('error');
  });

  it('takes the last :v of the reference, before any digest', () => {
    const at = (ref: string) => kubernetesImageError(ref, '1.13', '1.13.9');
    expect(at('registry.local:5000/kubelet:v1.36.3@sha256:abc')).toBeUndefined();
    expect(at('ghcr.io/siderolabs/kubelet')).toBe(
      'failed to parse Kubernetes version from image reference "ghcr.io/siderolabs/kubelet": invalid image reference: "ghcr.io/siderolabs/kubelet"',
    );
    expect(at('ghcr.io/siderolabs/kubelet:vnext')).toMatch(/^failed to parse Kubernetes version/);
  });

  it("compares the core with the line's range: the minimum included, the maximum's minor excluded", () => {
    expect(kubernetesImageError('k:v1.31.0', '1.13', '1.13.9')).toBeUndefined();
    expect(kubernetesImageError('k:v1.30.9', '1.13', '1.13.9')).toBe(
      'version of Kubernetes 1.30.9 is too old to be used with Talos 1.13.9',
    );
    expect(kubernetesImageError('k:v1.37.0', '1.13', '1.13.9')).toBe(
      'version of Kubernetes 1.37.0 is too new to be used with Talos 1.13.9',
    );
    // a line newer than the contract: its range is unknown, only the tag is read
    expect(kubernetesImageError('k:v1.38.0', '1.14', '1.15.0')).toBeUndefined();
    expect(kubernetesImageError('k:latest', '1.14', '1.15.0')).toMatch(/^failed to parse/);
  });
});
