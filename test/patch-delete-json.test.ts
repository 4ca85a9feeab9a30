/** `$patch: delete` in all its forms, JSON patches, how patch arguments are loaded, and the errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPatches } from '../src/config/patch.js';
import { describeError, TalosGitopsError } from '../src/errors.js';
import { patchText, yaml } from './helpers/patching.js';

const base = yaml`
  version: v1alpha1
  machine:
    type: worker
    network:
      hostname: node-1
      interfaces:
        - interface: eth0
          dhcp: true
        - interface: eth1
          dhcp: true
    nodeLabels:
      topology.kubernetes.io/zone: a
  cluster:
    apiServer:
      admissionControl:
        - name: PodSecurity
          configuration: {}
  ---
  apiVersion: v1alpha1
  kind: SideroLinkConfig
  apiUrl: https://siderolink.example/join?jointoken=t
`;

describe('$patch: delete', () => {
  it('deletes a whole document (needs apiVersion and kind)', () => {
    expect(patchText(base, ['{apiVersion: v1alpha1, kind: SideroLinkConfig, $patch: delete}'])).not.toContain(
      'SideroLinkConfig',
    );
  });

  it('silently skips a document delete for a document the config lacks', () => {
    expect(patchText(base, ['{apiVersion: v1alpha1, kind: KubeSpanConfig, $patch: delete}'])).toContain(
      'SideroLinkConfig',
    );
  });

  it('deletes a key, including a map key with dots and slashes', () => {
    const out = patchText(base, [
      yaml`
        machine:
          network:
            hostname:
              $patch: delete
          nodeLabels:
            topology.kubernetes.io/zone:
              $patch: delete
      `,
    ]);
    expect(out).not.toContain('hostname');
    expect(out).not.toContain('topology.kubernetes.io/zone');
  });

  it('deletes one list item chosen by its first key/value, before merging the rest of the same document', () => {
    const out = patchText(base, [
      yaml`
        machine:
          network:
            interfaces:
              - interface: eth0
                $patch: delete
              - interface: eth0
                dummy: true
      `,
    ]);
    // eth0 was deleted, then appended again: it now comes after eth1 with only the new fields
    expect(out).toMatch(/- interface: eth1\n\s+dhcp: true\n\s+- interface: eth0\n\s+dummy: true/);
  });

  it('runs v1alpha1 deletes before everything else in the patch', () => {
    const out = patchText(base, [
      yaml`
        apiVersion: v1alpha1
        kind: SideroLinkConfig
        apiUrl: https://other.example/join
        ---
        machine:
          network:
            hostname:
              $patch: delete
      `,
    ]);
    expect(out).not.toContain('hostname');
    expect(out).toContain('https://other.example/join');
  });

  it('fails on a delete through a missing section, naming the path and document', () => {
    const noNetwork = 'machine: {type: worker}';
    expect(() => patchText(noNetwork, ['machine: {network: {hostname: {$patch: delete}}}'])).toThrow(
      "patch delete: path 'machine.network.hostname' in document '/v1alpha1': failed to delete path 'machine.network.hostname': lookup failed",
    );
  });

  it('fails on a list-item delete that matches nothing', () => {
    expect(() =>
      patchText(base, ['machine: {network: {interfaces: [{interface: eth9, $patch: delete}]}}']),
    ).toThrow(/lookup failed/);
  });

  it('refuses a key delete below a list item at load time', () => {
    expect(() =>
      patchText(base, ['machine: {network: {interfaces: [{interface: eth0, dhcp: {$patch: delete}}]}}']),
    ).toThrow(/cannot delete an inner key in 'machine\.network\.interfaces\.\[0\]\.dhcp'/);
  });

  it('refuses a list item that holds only the directive', () => {
    expect(() => patchText(base, ['machine: {network: {interfaces: [{$patch: delete}]}}'])).toThrow(
      /no key:val found in sequence node/,
    );
  });

  it('refuses a whole-document delete of the legacy document', () => {
    expect(() => patchText(base, ['{apiVersion: v1alpha1, $patch: delete}'])).toThrow(/missing kind/);
  });
});

describe('JSON patches (RFC 6902)', () => {
  const single = yaml`
    version: v1alpha1
    machine:
      type: worker
      network:
        hostname: h1
  `;

  it('applies to a single-document config and prints the yaml.v2 layout when last', () => {
    const out = patchText(single, [
      '[{"op": "replace", "path": "/machine/network/hostname", "value": "h2"}]',
    ]);
    expect(out).toContain('hostname: h2');
    // the JSON-patch-last output is ghodss/yaml.v2: 2-space indent, sorted keys
    expect(out).toMatch(/^machine:\n {2}network:\n {4}hostname: h2\n/);
  });

  it('accepts JSON patches written as a YAML list', () => {
    expect(patchText(single, ['- op: add\n  path: /machine/certSANs\n  value: [x.example.com]'])).toContain(
      'x.example.com',
    );
  });

  it('is refused on a multi-document config', () => {
    expect(() => patchText(base, ['[{"op": "add", "path": "/machine/certSANs", "value": []}]'])).toThrow(
      'JSON6902 patches are not supported for multi-document machine configuration',
    );
  });

  it('joins consecutive JSON patches into one, broken by a strategic patch', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'patches-'));
    writeFileSync(path.join(dir, 'a.json'), '[{"op": "add", "path": "/a", "value": 1}]');
    writeFileSync(path.join(dir, 'b.yaml'), '- op: add\n  path: /b\n  value: 2\n');
    writeFileSync(path.join(dir, 's.yaml'), 'machine: {network: {hostname: x}}\n');
    const loaded = loadPatches([
      `@${path.join(dir, 'a.json')}`,
      path.join(dir, 'b.yaml'),
      `@${path.join(dir, 's.yaml')}`,
      '[{"op":"remove","path":"/c"}]',
    ]);
    expect(loaded.map((p) => p.type)).toEqual(['json', 'strategic', 'json']);
    expect(loaded[0]!.type === 'json' && loaded[0]!.ops.map((o) => o.path)).toEqual(['/a', '/b']);
  });
});

describe('loading patch arguments', () => {
  it('reads @file, reads a bare word as a file, and takes text with a space or newline inline', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'patches-'));
    const f = path.join(dir, 'p.yaml');
    writeFileSync(f, 'machine: {network: {hostname: from-file}}\n');
    expect(loadPatches([`@${f}`])[0]!.source).toBe(f);
    expect(loadPatches([f])[0]!.source).toBe(f);
    expect(loadPatches(['machine: {network: {hostname: inline}}'])[0]!.source).toBe('<inline patch>');
  });

  it('names the missing file', () => {
    expect(() => loadPatches(['@/nonexistent/patch.yaml'])).toThrow(TalosGitopsError);
    try {
      loadPatches(['/nonexistent/patch.yaml']);
    } catch (e) {
      expect(describeError(e)).toContain('/nonexistent/patch.yaml');
    }
  });
});

describe('errors name the file, line and field', () => {
  const at = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return describeError(e);
    }
    throw new Error('expected an error');
  };

  it('an unknown field, with a suggestion', () => {
    const msg = at(() =>
      patchText(base, [{ text: 'machine:\n  network:\n    hostnme: x\n', file: 'patches/typo.yaml' }]),
    );
    expect(msg).toContain('patches/typo.yaml:3');
    expect(msg).toContain('machine.network.hostnme');
    expect(msg).toContain('did you mean "hostname"');
  });

  it('a field from another Talos version', () => {
    const msg = at(() =>
      patchText(
        'version: v1alpha1\nmachine: {type: worker}\n',
        [{ text: 'apiVersion: v1alpha1\nkind: KubeletConfig\nimage: x\n', file: 'k.yaml' }],
        '1.13',
      ),
    );
    expect(msg).toContain('KubeletConfig');
    expect(msg).toContain('1.14');
  });

  it('a wrong type', () => {
    const msg = at(() =>
      patchText(base, [{ text: 'machine:\n  install:\n    wipe: maybe\n', file: 'w.yaml' }]),
    );
    expect(msg).toMatch(/w\.yaml:3: machine\.install\.wipe: v1alpha1: expected a boolean/);
  });

  it('malformed YAML', () => {
    const msg = at(() => patchText(base, [{ text: 'machine:\n  network: [\n', file: 'bad.yaml' }]));
    expect(msg).toContain('bad.yaml');
  });

  it('an unknown document kind', () => {
    const msg = at(() =>
      patchText(base, [{ text: 'apiVersion: v1alpha1\nkind: LinkConfg\nname: x\n', file: 'k.yaml' }]),
    );
    expect(msg).toMatch(
      /k\.yaml:1: kind: "LinkConfg" "v1alpha1": not registered \(did you mean LinkConfig\?\)/,
    );
  });
});
