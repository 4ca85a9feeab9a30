/** The typed model covers Talos's published schemas, and knows the deprecated fields they leave out. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACTS, kindDef, kindsIn, structInfo } from '../src/model/model.js';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared/reference');

describe('typed model', () => {
  it('has every kind in the right contracts', () => {
    expect(kindsIn('1.10').length).toBe(14);
    expect(kindsIn('1.14').length).toBe(90);
    expect(kindDef('KubeletConfig')?.since).toBe('1.14');
    expect(kindDef('LinkConfig')).toMatchObject({ named: true, since: '1.12' });
  });

  it('knows deprecated fields Talos still accepts, in Go output order', () => {
    const machine = structInfo('v1alpha1.MachineConfig', '1.13');
    const names = machine.fields.map((f) => f.name);
    expect(names.slice(0, 5)).toEqual(['type', 'token', 'ca', 'acceptedCAs', 'certSANs']);
    expect(machine.byName.get('network')).toMatchObject({ deprecated: true, nodoc: true });
    expect(structInfo('v1alpha1.Config').byName.get('persist')).toMatchObject({ nodoc: true });
  });

  it('records merge tags and types per contract (extraArgs became meta.Args in 1.13)', () => {
    expect(structInfo('v1alpha1.ClusterNetworkConfig').byName.get('podSubnets')?.mergeReplace).toBe(true);
    expect(structInfo('v1alpha1.ProxyConfig', '1.12').byName.get('extraArgs')?.type.k).toBe('map');
    expect(structInfo('v1alpha1.ProxyConfig', '1.13').byName.get('extraArgs')?.type).toMatchObject({
      k: 'special',
      name: 'args',
    });
    expect(CONTRACTS).toEqual(['1.10', '1.11', '1.12', '1.13', '1.14']);
  });

  it.skipIf(!existsSync(shared))('misses no property path of the v1.12 and v1.13 schemas', () => {
    const out = execFileSync(
      process.execPath,
      [path.join(root, 'scripts/model-coverage.mjs'), '--require', 'v1.12,v1.13', '--json'],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out) as Array<{
      version: string;
      missing: string[];
      deprecatedNotInSchema: number;
    }>;
    for (const v of ['v1.12', 'v1.13']) {
      const r = report.find((x) => x.version === v)!;
      expect(r.missing).toEqual([]);
      expect(r.deprecatedNotInSchema).toBeGreaterThan(10);
    }
  });
});
