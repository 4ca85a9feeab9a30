/** Shared fixtures for tests that run the client against the simulated fleet. */
import { stringify } from 'yaml';
import { createTalosOsCa } from '../../src/pki/ca.js';
import type { FleetOptions, SimulatedClusterSpec } from '../../src/simulator/index.js';

export function machineConfig(opts: {
  type: 'controlplane' | 'worker';
  hostname: string;
  machine?: Record<string, unknown>;
  cluster?: Record<string, unknown>;
  extraDocs?: Record<string, unknown>[];
}): string {
  const v1 = {
    version: 'v1alpha1',
    debug: false,
    persist: true,
    machine: {
      type: opts.type,
      token: 'fake-token-for-tests',
      install: { disk: '/dev/sda', image: 'ghcr.io/siderolabs/installer:v1.11.6' },
      network: { hostname: opts.hostname },
      ...opts.machine,
    },
    cluster: { clusterName: 'demo', controlPlane: { endpoint: 'https://10.0.1.5:6443' }, ...opts.cluster },
  };
  return [v1, ...(opts.extraDocs ?? [])].map((d) => stringify(d)).join('---\n');
}

export const TALOS_VERSION = 'v1.11.6';

/** A three-control-plane, two-worker cluster on 10.0.1.0/24. */
export function clusterSpec(name = 'prod', talosVersion = TALOS_VERSION): SimulatedClusterSpec {
  const nodes = [
    { address: '10.0.1.10', name: 'cp-1', role: 'controlplane' as const },
    { address: '10.0.1.11', name: 'cp-2', role: 'controlplane' as const },
    { address: '10.0.1.12', name: 'cp-3', role: 'controlplane' as const },
    { address: '10.0.1.20', name: 'worker-1', role: 'worker' as const },
    { address: '10.0.1.21', name: 'worker-2', role: 'worker' as const },
  ];
  return {
    name,
    osCa: createTalosOsCa(),
    nodes: nodes.map((n) => ({
      ...n,
      talosVersion,
      config: machineConfig({ type: n.role, hostname: n.name }),
    })),
  };
}

export function fleetOptions(overrides: Partial<FleetOptions> = {}): FleetOptions {
  return { clusters: [clusterSpec()], rebootMs: 40, ...overrides };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `fn` returns truthy (or throws after `timeoutMs`). */
export async function eventually<T>(fn: () => T | Promise<T>, timeoutMs = 3000, stepMs = 10): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      if (Date.now() > until) throw err;
    }
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(stepMs);
  }
}
