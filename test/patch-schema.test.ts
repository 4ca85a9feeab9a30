/**
 * The editor schemas for patch files (schemas/patch/v1.1x.schema.json): generated from the model (the
 * committed files are what the generator writes), they accept every patch of the example fleet and the
 * forms patches take (`$patch: delete` anywhere, documents by kind and name, JSON 6902 lists), and they
 * catch a misspelt field, a wrong type or an unknown kind as an editor would show it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CONTRACTS, type Contract } from '../src/model/model.js';
import { patchSchema } from '../src/validate/schema/patch-schema.js';
import { PROJECT } from './helpers/repo.js';

const schemaFile = (c: Contract) => path.join(PROJECT, 'schemas/patch', `v${c}.schema.json`);
const validators = new Map<Contract, ReturnType<Ajv['compile']>>();
function validator(c: Contract) {
  let v = validators.get(c);
  if (!v) {
    v = new Ajv({ strict: false, allErrors: false }).compile(JSON.parse(readFileSync(schemaFile(c), 'utf8')));
    validators.set(c, v);
  }
  return v;
}
const valid = (c: Contract, doc: unknown) => validator(c)(doc) === true;

function patchFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return patchFiles(p);
    return p.includes(`${path.sep}patches${path.sep}`) && /\.ya?ml$/.test(p) && !p.includes('.sops.')
      ? [p]
      : [];
  });
}

describe('patch schemas for editors', () => {
  it('are what the generator writes from the model, one per contract', () => {
    for (const c of CONTRACTS)
      expect(JSON.parse(readFileSync(schemaFile(c), 'utf8'))).toEqual(patchSchema(c));
  });

  it("accept every patch of the example fleet under its clusters' contracts", () => {
    const files = patchFiles(path.join(PROJECT, 'clusters'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const contracts: Contract[] = file.includes('staging')
        ? ['1.12']
        : file.includes('production')
          ? ['1.13']
          : ['1.12', '1.13'];
      for (const doc of YAML.parseAllDocuments(readFileSync(file, 'utf8'))) {
        for (const c of contracts)
          expect(valid(c, doc.toJS()), `${file} (${c}): ${JSON.stringify(validator(c).errors?.[0])}`).toBe(
            true,
          );
      }
    }
  });

  it('accept deletes anywhere, documents by kind and name, and JSON 6902 lists', () => {
    expect(valid('1.13', { machine: { kubelet: { extraArgs: { $patch: 'delete' } } } })).toBe(true);
    expect(
      valid('1.13', {
        apiVersion: 'v1alpha1',
        kind: 'HostnameConfig',
        auto: { $patch: 'delete' },
        hostname: 'a',
      }),
    ).toBe(true);
    expect(
      valid('1.13', { apiVersion: 'v1alpha1', kind: 'LinkConfig', name: 'eth0', $patch: 'delete' }),
    ).toBe(true);
    expect(
      valid('1.13', { machine: { network: { interfaces: [{ interface: 'eth1', $patch: 'delete' }] } } }),
    ).toBe(true);
    expect(valid('1.13', [{ op: 'replace', path: '/machine/install/disk', value: '/dev/vda' }])).toBe(true);
    expect(
      valid('1.14', {
        apiVersion: 'v1alpha1',
        kind: 'KubeletConfig',
        image: 'ghcr.io/siderolabs/kubelet:v1.37.0',
      }),
    ).toBe(true);
  });

  it('catch what an editor should underline', () => {
    expect(valid('1.13', { machine: { kubelet: { extraArgz: {} } } })).toBe(false);
    expect(valid('1.13', { machine: { install: { wipe: [true] } } })).toBe(false);
    expect(valid('1.13', { apiVersion: 'v1alpha1', kind: 'LinkConfig', name: 'eth0', mtuu: 1500 })).toBe(
      false,
    );
    expect(valid('1.13', { apiVersion: 'v1alpha1', kind: 'LinkConfig', mtu: 1500 })).toBe(false); // named kinds need a name
    expect(valid('1.13', { apiVersion: 'v1alpha1', kind: 'NoSuchConfig' })).toBe(false);
    expect(valid('1.13', [{ op: 'frobnicate', path: '/x' }])).toBe(false);
    // kinds follow their contracts: KubeletConfig is a document from 1.14 only
    expect(valid('1.13', { apiVersion: 'v1alpha1', kind: 'KubeletConfig', image: 'x' })).toBe(false);
  });
});
