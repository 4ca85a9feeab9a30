/**
 * The kind registry is whole against the typed model (which records, per kind and contract, what
 * Talos's source has): every kind of every contract has an entry, a kind Talos validates has rules, the
 * fields Talos's Redact replaces are exactly the entry's secrets, control-plane-only kinds are marked.
 * Runs without the Talos sources: the model carries the facts.
 */
import { describe, expect, it } from 'vitest';
import { completenessProblems } from '../src/kinds/completeness.js';
import { isSecretPath, KINDS, kindEntry, secretCursor, secretQueryParam } from '../src/kinds/index.js';
import { allKinds, CONTRACTS, kindsIn } from '../src/model/model.js';

/**
 * Kinds whose Talos validation is not ported yet. Porting a kind means giving its entry `validate`
 * (or `conflictsWithV1alpha1`) and removing it here; the test fails until both agree.
 */
const NOT_YET_PORTED: { rules: string[]; conflicts: string[] } = {
  rules: [],
  conflicts: [],
};

const secretProblems = (registry: typeof KINDS) =>
  completenessProblems(registry).filter((p) => p.problem.startsWith('secret'));

const byProblem = (registry = KINDS) => {
  const out: Record<string, string[]> = {};
  for (const p of completenessProblems(registry)) {
    out[p.problem] ??= [];
    out[p.problem]!.push(p.kind);
  }
  return out;
};

describe('the kind registry', () => {
  it('has an entry for every kind of every contract, and none the model does not know', () => {
    for (const c of CONTRACTS)
      for (const k of kindsIn(c)) expect(kindEntry(k.kind), `${c} ${k.kind}`).toBeDefined();
    const problems = byProblem();
    expect(problems['no-entry']).toBeUndefined();
    expect(problems['unknown-kind']).toBeUndefined();
    expect(KINDS.entries.length).toBe(allKinds().length);
  });

  it("lists exactly the fields Talos's Redact replaces as secrets, and marks control-plane-only kinds", () => {
    const problems = completenessProblems(KINDS).filter(
      (p) => p.problem.startsWith('secret') || p.problem === 'control-plane-only',
    );
    expect(problems).toEqual([]);
  });

  it('has rules for every kind Talos validates, apart from the kinds still listed as not ported', () => {
    const problems = byProblem();
    expect((problems['no-rules'] ?? []).sort()).toEqual([...NOT_YET_PORTED.rules].sort());
    expect((problems['no-conflict-rules'] ?? []).sort()).toEqual([...NOT_YET_PORTED.conflicts].sort());
  });

  it('fails when a kind loses its entry', () => {
    const problems = completenessProblems(KINDS.with({ without: ['UserVolumeConfig'] }));
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'UserVolumeConfig', problem: 'no-entry' }),
    );
  });

  it('fails when an entry loses one secret field, or lists one Talos does not redact', () => {
    const v1 = kindEntry('v1alpha1')!;
    const fewer = KINDS.with({
      replace: [{ ...v1, secrets: v1.secrets!.filter((s) => s !== 'cluster.secret') }],
    });
    expect(secretProblems(fewer)).toEqual([
      expect.objectContaining({ kind: 'v1alpha1', problem: 'secret-not-listed' }),
    ]);
    const wg = kindEntry('WireguardConfig')!;
    const more = KINDS.with({ replace: [{ ...wg, secrets: [...wg.secrets!, 'peers[].publicKey'] }] });
    expect(secretProblems(more)).toEqual([
      expect.objectContaining({ kind: 'WireguardConfig', problem: 'secret-not-redacted' }),
    ]);
  });

  it('fails when a kind Talos validates loses its rules, or a control-plane-only kind its mark', () => {
    const link = kindEntry('LinkConfig')!;
    const noRules = KINDS.with({ replace: [{ ...link, validate: undefined }] });
    expect(byProblem(noRules)['no-rules']).toContain('LinkConfig');
    const proxy = kindEntry('KubeProxyConfig')!;
    const unmarked = KINDS.with({ replace: [{ ...proxy, controlPlaneOnly: false }] });
    expect(completenessProblems(unmarked)).toContainEqual(
      expect.objectContaining({ kind: 'KubeProxyConfig', problem: 'control-plane-only' }),
    );
  });
});

describe('secret paths', () => {
  it('match keys, map keys, list items, any depth and URL query parameters', () => {
    expect(isSecretPath('v1alpha1', ['machine', 'token'])).toBe(true);
    expect(isSecretPath('v1alpha1', ['machine', 'registries', 'config', 'ghcr.io', 'auth', 'password'])).toBe(
      true,
    );
    expect(
      isSecretPath('v1alpha1', ['machine', 'network', 'interfaces', '[]', 'wireguard', 'privateKey']),
    ).toBe(true);
    expect(isSecretPath('UserVolumeConfig', ['encryption', 'keys', '[]', 'static', 'passphrase'])).toBe(true);
    expect(isSecretPath('KubeEtcdEncryptionConfig', ['config', 'secret'])).toBe(true);
    expect(
      isSecretPath('KubeEtcdEncryptionConfig', [
        'config',
        'resources',
        '[]',
        'providers',
        '[]',
        'aescbc',
        'secret',
      ]),
    ).toBe(true);
    expect(secretQueryParam('SideroLinkConfig', ['apiUrl'])).toBe('jointoken');
    expect(isSecretPath('SideroLinkConfig', ['apiUrl'])).toBe(false);
  });

  it('leave everything else alone', () => {
    expect(isSecretPath('v1alpha1', ['machine', 'type'])).toBe(false);
    expect(isSecretPath('v1alpha1', ['machine', 'ca', 'crt'])).toBe(false);
    expect(isSecretPath('v1alpha1', ['machine', 'token', 'extra'])).toBe(false);
    expect(isSecretPath('KubeEtcdEncryptionConfig', ['config', 'secretName'])).toBe(false);
    expect(isSecretPath('LinkConfig', ['name'])).toBe(false);
    expect(isSecretPath('NoSuchKind', ['secret'])).toBe(false);
  });

  it('include the values secret by nature that Talos leaves in place', () => {
    const path = ['machine', 'network', 'interfaces', '[]', 'wireguard', 'peers', '[]', 'presharedKey'];
    expect(isSecretPath('v1alpha1', path)).toBe(true);
  });

  it('answer the same walked one segment at a time, as the decoder, redactor and policies walk', () => {
    const paths: Array<[string, string[]]> = [
      ['v1alpha1', ['machine', 'token']],
      ['v1alpha1', ['machine', 'registries', 'config', 'ghcr.io', 'auth', 'password']],
      ['v1alpha1', ['machine', 'network', 'interfaces', '[]', 'wireguard', 'privateKey']],
      ['v1alpha1', ['machine', 'network', 'interfaces', '[]', 'wireguard', 'peers', '[]', 'presharedKey']],
      ['v1alpha1', ['machine', 'token', 'extra']],
      ['v1alpha1', ['machine', 'ca', 'crt']],
      ['UserVolumeConfig', ['encryption', 'keys', '[]', 'static', 'passphrase']],
      ['KubeEtcdEncryptionConfig', ['config', 'secret']],
      ['KubeEtcdEncryptionConfig', ['config', 'secretName']],
      ['SideroLinkConfig', ['apiUrl']],
      ['NoSuchKind', ['secret']],
    ];
    for (const [kind, segs] of paths) {
      // twice: the second walk takes the steps the first one kept
      for (let round = 0; round < 2; round++) {
        let at = secretCursor(kind);
        for (const s of segs) at = at.step(s);
        expect([kind, segs, at.secret, at.param]).toEqual([
          kind,
          segs,
          isSecretPath(kind, segs),
          secretQueryParam(kind, segs),
        ]);
      }
    }
  });
});
