/**
 * The policy engine: policy files are checked (errors name the file and line), conditions and target
 * paths work as documented, scopes pick the nodes a rule covers, findings point at the line that set
 * the value, and waivers from cluster.yaml waive, expire and report themselves.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/policy/conditions.js';
import { loadPolicyFile, loadPolicyFiles } from '../src/policy/load.js';
import { parseTargetPath, resolvePath } from '../src/policy/path.js';
import { isExpired } from '../src/policy/waivers.js';
import type { WaiverSpec } from '../src/render/types.js';
import { exitCodeFor, validateFleet } from '../src/validate/index.js';
import { cluster, fleet, node, nodeDocs, patch } from './fixtures/validate/helpers.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const yaml = (s: string) => patch(s).text;

describe('policy files', () => {
  it('load a valid file', () => {
    const r = loadPolicyFile(
      'policies/team.yaml',
      yaml(`
        rules:
          - id: team/no-debug
            severity: warning
            description: No debug
            scope: { roles: [worker], clusters: ["prod-*"] }
            target: { kind: v1alpha1, path: debug }
            condition: { notEquals: true }`),
    );
    expect(r.findings).toEqual([]);
    expect(r.rules).toEqual([
      expect.objectContaining({
        id: 'team/no-debug',
        severity: 'warning',
        mode: 'all',
        scope: { roles: ['worker'], clusters: ['prod-*'] },
        source: { file: 'policies/team.yaml', line: 2 },
      }),
    ]);
  });

  it('report schema problems at their line', () => {
    const r = loadPolicyFile(
      'policies/team.yaml',
      yaml(`
        rules:
          - id: team/a
            severity: fatal
            description: A
            target: { kind: v1alpha1, path: debug }
          - id: team/b
            severity: error
            description: B
            target: { kind: v1alpha1, path: debug }
            condition: { equalz: true }
          - id: team/c
            severity: error
            description: C
            builtin: no-plaintext-secrets
            target: { kind: v1alpha1, path: debug }`),
    );
    expect(r.rules).toEqual([]);
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: 'policy/invalid',
        file: 'policies/team.yaml',
        line: 3,
        message: 'rules[0].severity: must be one of "error", "warning", "notice"',
      }),
    );
    expect(r.findings).toContainEqual(
      expect.objectContaining({ line: 10, message: 'rules[1].condition: unknown field "equalz"' }),
    );
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        line: 11,
        message: 'rules[2]: a rule needs exactly one of target (with condition), anyOf, allOf or builtin',
      }),
    );
  });

  it('report what a schema cannot see: kinds, paths, regular expressions, reserved groups', () => {
    const r = loadPolicyFile(
      'policies/team.yaml',
      yaml(`
        rules:
          - id: talos/mine
            severity: error
            description: A
            target: { kind: LinkConfg, path: "mtu[x]" }
            condition: { matches: "([" }`),
    );
    const messages = r.findings.map((f) => `${f.line}: ${f.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^2: rules\[0\]\.id: the group "talos" is reserved/),
    );
    expect(messages).toContain(
      '5: rules[0].target.kind: unknown document kind "LinkConfg" (did you mean LinkConfig?)',
    );
    expect(messages).toContainEqual(expect.stringMatching(/^5: rules\[0\]\.target\.path: invalid \[x\]/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^6: rules\[0\]\.condition\.matches: invalid regular expression/),
    );
  });

  it('report YAML syntax errors and ids defined twice', () => {
    expect(loadPolicyFile('policies/x.yaml', 'rules: [\n').findings[0]).toMatchObject({
      rule: 'policy/invalid',
      file: 'policies/x.yaml',
      line: 2,
    });
    const rule =
      'rules:\n  - id: team/a\n    severity: error\n    description: A\n    target: { kind: v1alpha1, path: debug }\n';
    const r = loadPolicyFiles([
      { file: 'policies/a.yaml', text: rule },
      { file: 'policies/b.yaml', text: rule },
    ]);
    expect(r.rules).toHaveLength(1);
    expect(r.findings).toEqual([
      expect.objectContaining({
        file: 'policies/b.yaml',
        line: 2,
        message: 'rule team/a is already defined in policies/a.yaml:2',
      }),
    ]);
  });
});

describe('conditions', () => {
  it.each([
    [{ exists: true }, 'x', true],
    [{ exists: true }, undefined, false],
    [{ exists: false }, undefined, true],
    [{ equals: 7445 }, 7445, true],
    [{ equals: '8589934592' }, 8589934592, true],
    [{ notEquals: true }, false, true],
    [{ in: ['a', 'b'] }, 'b', true],
    [{ notIn: ['a', 'b'] }, 'c', true],
    [{ matches: '^v1\\.' }, 'v1.13.9', true],
    [{ notMatches: ':latest$' }, 'img:latest', false],
    [{ greaterOrEqual: '8GiB' }, '8589934592', true],
    [{ greaterThan: 10 }, '9', false],
    [{ lessThan: '1GB' }, 999999999, true],
    [{ minItems: 1 }, [], false],
    [{ maxItems: 1 }, { a: 1, b: 2 }, false],
    [{ contains: 'os:admin' }, ['os:reader', 'os:admin'], true],
    [{ contains: 'prod' }, 'my-prod-cluster', true],
    [{ schema: { type: 'array', items: { type: 'string' } } }, ['a'], true],
    [{ schema: { type: 'object', required: ['a'] } }, {}, false],
    [{ not: { equals: 1 } }, 2, true],
    [{ allOf: [{ exists: true }, { matches: 'a' }] }, 'abc', true],
    [{ anyOf: [{ equals: 1 }, { equals: 2 }] }, 3, false],
    [{ exists: true, notEquals: '' }, 'v', true],
  ])('%j on %j is %s', (cond, value, want) => {
    expect(evaluate(cond, value)).toBe(want);
  });
});

describe('target paths', () => {
  const doc = {
    machine: {
      network: { interfaces: [{ vip: { ip: '10.0.0.5' } }, {}, { vip: { ip: '10.0.0.6' } }] },
      nodeLabels: { a: '1', 'b.io/c': '2' },
    },
    cluster: { etcd: { extraArgs: { 'quota-backend-bytes': '1' } } },
  };
  it('reach every list item, map key and quoted key', () => {
    expect(
      resolvePath(doc, parseTargetPath('machine.network.interfaces[*].vip.ip')).map((m) => m.value),
    ).toEqual(['10.0.0.5', '10.0.0.6']);
    expect(resolvePath(doc, parseTargetPath('machine.network.interfaces[2].vip.ip'))[0]!.segs).toEqual([
      'machine',
      'network',
      'interfaces',
      2,
      'vip',
      'ip',
    ]);
    expect(resolvePath(doc, parseTargetPath('machine.nodeLabels.*')).map((m) => m.segs[2])).toEqual([
      'a',
      'b.io/c',
    ]);
    expect(resolvePath(doc, parseTargetPath('cluster.etcd.extraArgs["quota-backend-bytes"]'))[0]!.value).toBe(
      '1',
    );
    expect(resolvePath(doc, parseTargetPath('machine.missing.x'))).toEqual([]);
    expect(resolvePath(doc, parseTargetPath(''))).toEqual([{ segs: [], value: doc }]);
  });
});

const TEAM_POLICY = {
  file: 'policies/team.yaml',
  text: yaml(`
    rules:
      - id: team/kubelet-max-pods
        severity: error
        description: Workers allow at most 150 pods
        scope: { roles: [worker], stages: ["prod*"], nodes: ["w-*"], talosVersions: ["1.13"] }
        target: { kind: v1alpha1, path: machine.kubelet.extraConfig.maxPods }
        condition: { lessOrEqual: 150 }
      - id: team/no-token-x
        severity: error
        description: The bootstrap token is not the example one
        target: { kind: v1alpha1, path: cluster.token }
        condition: { notMatches: "^x" }`),
};

function teamFleet(stage = 'production') {
  const maxPods = patch(`
    machine:
      kubelet:
        extraConfig:
          maxPods: 250`);
  const mk = (name: string, role: 'controlplane' | 'worker', i: number) =>
    node(name, role, nodeDocs('1.13', role, role === 'worker' ? [maxPods] : []), {
      address: `10.0.0.${i}`,
      line: 10 + i,
    });
  return fleet(
    cluster(
      'prod-a',
      [
        mk('cp-1', 'controlplane', 1),
        mk('cp-2', 'controlplane', 2),
        mk('cp-3', 'controlplane', 3),
        mk('w-1', 'worker', 4),
        mk('x-1', 'worker', 5),
      ],
      { stage, policyPacks: [] },
    ),
  );
}

describe('team policies in a fleet', () => {
  // extraConfig is a free-form map: values inside it point at the map's own line
  it('fire where the scope covers the node, at the line that set the value', () => {
    const r = validateFleet(teamFleet(), { policyFiles: [TEAM_POLICY], now: NOW });
    const team = r.findings.filter((f) => f.rule.startsWith('team/'));
    expect(team).toEqual([
      expect.objectContaining({
        rule: 'team/kubelet-max-pods',
        node: 'w-1',
        file: 'clusters/c1/patches/p.yaml',
        line: 4,
        path: 'machine.kubelet.extraConfig.maxPods',
        message: 'Not met: Workers allow at most 150 pods (machine.kubelet.extraConfig.maxPods is 250)',
      }),
    ]);
    expect(r.rules).toContainEqual({
      id: 'team/kubelet-max-pods',
      severity: 'error',
      description: 'Workers allow at most 150 pods',
    });
    expect(r.exitCode).toBe(1);
  });

  it('skip stages outside the scope', () => {
    const r = validateFleet(teamFleet('staging'), { policyFiles: [TEAM_POLICY], now: NOW });
    expect(r.findings.filter((f) => f.rule.startsWith('team/'))).toEqual([]);
  });

  it('report broken policy files with everything else, and use none of their rules', () => {
    const r = validateFleet(teamFleet(), {
      policyFiles: [{ file: 'policies/broken.yaml', text: 'rules:\n  - id: nope\n' }],
      now: NOW,
    });
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'policy/invalid', file: 'policies/broken.yaml', line: 2 }),
    );
  });
});

function waived(waivers: Array<Partial<WaiverSpec>>) {
  const f = teamFleet();
  f.clusters[0]!.waivers = waivers.map((w, i) => ({
    policy: 'team/kubelet-max-pods',
    nodes: [],
    reason: 'big nodes',
    source: { file: 'clusters/prod-a/cluster.yaml', line: 40 + i },
    ...w,
  }));
  return validateFleet(f, { policyFiles: [TEAM_POLICY], now: NOW });
}

describe('waivers', () => {
  it('mark matching findings waived; waived findings do not fail the run', () => {
    const r = waived([{ nodes: ['w-*'], expires: '2026-06-01' }]);
    const f = r.findings.find((x) => x.rule === 'team/kubelet-max-pods')!;
    expect(f.waived).toEqual({
      reason: 'big nodes',
      expires: '2026-06-01',
      source: 'clusters/prod-a/cluster.yaml:40',
    });
    expect(r.summary.waived).toBe(1);
    expect(exitCodeFor(r.findings.filter((x) => x.rule.startsWith('team/')))).toBe(0);
  });

  it('stop waiving once expired, and say so at the waiver and on the finding', () => {
    const r = waived([{ expires: '2026-05-31' }]);
    const f = r.findings.find((x) => x.rule === 'team/kubelet-max-pods')!;
    expect(f.waived).toBeUndefined();
    expect(f.message).toContain('(the waiver at clusters/prod-a/cluster.yaml:40 expired on 2026-05-31)');
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: 'waiver/expired',
        severity: 'warning',
        cluster: 'prod-a',
        file: 'clusters/prod-a/cluster.yaml',
        line: 40,
        message: 'the waiver of team/kubelet-max-pods expired on 2026-05-31; 1 finding is no longer waived',
      }),
    );
    expect(r.exitCode).toBe(1);
  });

  it('report waivers that match nothing', () => {
    const r = waived([{ nodes: ['gpu-*'] }]);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'waiver/unused', severity: 'notice', line: 40 }),
    );
    expect(r.findings.find((x) => x.rule === 'team/kubelet-max-pods')!.waived).toBeUndefined();
  });

  it('expire at the end of their day (UTC)', () => {
    const w = { policy: 'a/b', nodes: [], reason: 'r', expires: '2026-06-01', source: { file: 'f' } };
    expect(isExpired(w, new Date('2026-06-01T23:59:59Z'))).toBe(false);
    expect(isExpired(w, new Date('2026-06-02T00:00:00Z'))).toBe(true);
    expect(isExpired({ ...w, expires: undefined }, new Date('2100-01-01'))).toBe(false);
  });
});

describe('secret safety', () => {
  it('never shows a value at a secret path, even when a team rule reports it', () => {
    const f = teamFleet();
    const r = validateFleet(f, {
      policyFiles: [
        {
          file: 'policies/t.yaml',
          text: TEAM_POLICY.text.replace('"^x"', '"^zzz-never"').replace('notMatches', 'matches'),
        },
      ],
      now: NOW,
    });
    const hits = r.findings.filter((x) => x.rule === 'team/no-token-x');
    expect(hits.length).toBe(5);
    const token = (f.clusters[0]!.nodes[0]!.docs[0]!.body.cluster as { token: string }).token;
    expect(JSON.stringify(r.findings)).not.toContain(token);
    expect(hits[0]!.message).toBe('Not met: The bootstrap token is not the example one (at cluster.token)');
  });

  it('scrubs messages with the given redactor', () => {
    const r = validateFleet(teamFleet(), {
      policyFiles: [TEAM_POLICY],
      now: NOW,
      redact: (t) => t.replaceAll('250', '<redacted>'),
    });
    expect(r.findings.find((x) => x.rule === 'team/kubelet-max-pods')!.message).toContain('<redacted>');
  });
});
