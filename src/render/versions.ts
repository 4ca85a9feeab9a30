/** The Kubernetes version a rendered (or live) config runs: its kubelet image tag. */
export function kubeletVersion(configText: string): string | undefined {
  return /ghcr\.io\/siderolabs\/kubelet:(v[0-9][0-9A-Za-z.+-]*)/.exec(configText)?.[1];
}
