/** Reports: readable text, the JSON shape DESIGN.md promises, SARIF 2.1.0 for code scanning, exit codes. */
import { describe, expect, it } from 'vitest';
import {
  benchmarkFleetValidation,
  exitCodeFor,
  formatFindings,
  summarize,
  validateConfigText,
  validateFleet,
} from '../src/validate/index.js';
import type { Finding } from '../src/validate/types.js';
import { cluster, fleet, generatedText, node, nodeDocs } from './fixtures/validate/helpers.js';

const F = (over: Partial<Finding>): Finding => ({
  rule: 'baseline/no-debug',
  severity: 'warning',
  message: 'Debug mode is off: debug is true',
  ...over,
});

const FINDINGS: Finding[] = [
  F({ cluster: 'prod', node: 'w-1', file: 'clusters/prod/patches/all.yaml', line: 3, path: 'debug' }),
  F({ cluster: 'prod', node: 'w-2', file: 'clusters/prod/patches/all.yaml', line: 3, path: 'debug' }),
  F({
    rule: 'talos/install',
    severity: 'error',
    message: 'either install disk or diskSelector should be defined',
    cluster: 'prod',
    node: 'w-2',
    file: 'clusters/prod/cluster.yaml',
    line: 20,
    path: 'machine.install',
  }),
  F({
    rule: 'fleet/controlplane-count',
    severity: 'warning',
    message: '2 control planes',
    cluster: 'prod',
    file: 'clusters/prod/cluster.yaml',
    line: 8,
  }),
  F({
    rule: 'hardened/disk-encryption',
    severity: 'error',
    message: 'the STATE volume is not encrypted',
    cluster: 'prod',
    node: 'w-1',
    file: 'clusters/prod/cluster.yaml',
    line: 15,
    waived: { reason: 'no TPM', source: 'clusters/prod/cluster.yaml:30', expires: '2027-01-01' },
  }),
  F({
    rule: 'policy/invalid',
    severity: 'error',
    message: 'rules[0]: missing "severity"',
    file: 'policies/x.yaml',
    line: 2,
  }),
];

describe('text', () => {
  it('groups by cluster and node, prints a finding shared by nodes once, and ends with a summary', () => {
    const out = formatFindings(FINDINGS, 'text');
    expect(out).toBe(
      [
        'cluster prod',
        '  nodes w-1, w-2',
        '    warning baseline/no-debug  Debug mode is off: debug is true',
        '            clusters/prod/patches/all.yaml:3  debug',
        '  node w-1',
        '    error   hardened/disk-encryption  the STATE volume is not encrypted',
        '            clusters/prod/cluster.yaml:15',
        '            waived: no TPM (clusters/prod/cluster.yaml:30, until 2027-01-01)',
        '  node w-2',
        '    error   talos/install  either install disk or diskSelector should be defined',
        '            clusters/prod/cluster.yaml:20  machine.install',
        '  cluster-wide',
        '    warning fleet/controlplane-count  2 control planes',
        '            clusters/prod/cluster.yaml:8',
        '',
        'repository',
        '    error   policy/invalid  rules[0]: missing "severity"',
        '            policies/x.yaml:2',
        '',
        '2 errors, 3 warnings, 0 notices (1 waived)',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatFindings([], 'text')).toBe('no findings\n');
  });
});

describe('json', () => {
  it('has the DESIGN.md keys on every finding, a summary and the exit code', () => {
    const out = JSON.parse(formatFindings(FINDINGS, 'json'));
    expect(Object.keys(out)).toEqual(['findings', 'summary', 'exitCode']);
    expect(out.exitCode).toBe(1);
    expect(out.summary).toEqual({ errors: 2, warnings: 3, notices: 0, waived: 1, clusters: 0, nodes: 0 });
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'message',
        'cluster',
        'node',
        'path',
        'file',
        'line',
        'waived',
        'waiver',
      ]);
    }
    expect(out.findings[4]).toMatchObject({
      rule: 'hardened/disk-encryption',
      waived: true,
      waiver: { reason: 'no TPM', expires: '2027-01-01', source: 'clusters/prod/cluster.yaml:30' },
    });
    expect(out.findings[5]).toMatchObject({
      cluster: null,
      node: null,
      path: null,
      waived: false,
      waiver: null,
    });
  });
});

describe('sarif', () => {
  it('is a SARIF 2.1.0 log with rules and results GitHub code scanning accepts', () => {
    const log = JSON.parse(
      formatFindings(FINDINGS, 'sarif', {
        rules: [
          {
            id: 'baseline/no-debug',
            severity: 'warning',
            description: 'Debug mode is off',
            rationale: 'Debug is for troubleshooting.',
          },
        ],
      }),
    );
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('talos-gitops');
    const rules = run.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual([
      'baseline/no-debug',
      'fleet/controlplane-count',
      'hardened/disk-encryption',
      'policy/invalid',
      'talos/install',
    ]);
    expect(rules[0]).toMatchObject({
      shortDescription: { text: 'Debug mode is off' },
      fullDescription: { text: 'Debug is for troubleshooting.' },
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.results).toHaveLength(FINDINGS.length);
    const first = run.results[0];
    expect(first).toMatchObject({
      ruleId: 'baseline/no-debug',
      ruleIndex: 0,
      level: 'warning',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'clusters/prod/patches/all.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3 },
          },
          logicalLocations: [{ fullyQualifiedName: 'prod/w-1:debug' }],
        },
      ],
    });
    expect(first.message.text).toContain('(node w-1, cluster prod)');
    for (const r of run.results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results[4].suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'no TPM (clusters/prod/cluster.yaml:30)' },
    ]);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual([
      'warning',
      'warning',
      'error',
      'warning',
      'error',
      'error',
    ]);
  });

  it('maps notices to note', () => {
    const log = JSON.parse(formatFindings([F({ severity: 'notice', file: 'a.yaml' })], 'sarif'));
    expect(log.runs[0].results[0].level).toBe('note');
  });
});

describe('exit status', () => {
  it('is 1 with an unwaived error, 0 otherwise; failOn warning also fails on warnings', () => {
    expect(exitCodeFor(FINDINGS)).toBe(1);
    expect(exitCodeFor(FINDINGS.filter((f) => f.severity !== 'error' || f.waived))).toBe(0);
    expect(
      exitCodeFor(
        FINDINGS.filter((f) => f.severity !== 'error' || f.waived),
        'warning',
      ),
    ).toBe(1);
    expect(exitCodeFor([F({ severity: 'notice' })], 'warning')).toBe(0);
    expect(exitCodeFor([])).toBe(0);
    expect(summarize([F({}), F({ severity: 'notice' })])).toMatchObject({ warnings: 1, notices: 1 });
  });

  it('follows failOn through validateFleet and validateConfigText', () => {
    const docs = nodeDocs('1.13', 'worker');
    const f = fleet(cluster('a', [node('w', 'worker', docs)], { policyPacks: ['baseline'] }));
    const byDefault = validateFleet(f, { now: new Date('2026-01-01') });
    expect(byDefault.findings.every((x) => x.severity !== 'error')).toBe(true);
    expect(byDefault.exitCode).toBe(0);
    expect(validateFleet(f, { failOn: 'warning', now: new Date('2026-01-01') }).exitCode).toBe(1);
    expect(validateConfigText(generatedText('1.13', 'worker'), 'w.yaml', '1.13').exitCode).toBe(0);
    expect(validateConfigText('version: v1alpha1\n', 'w.yaml', '1.13').exitCode).toBe(1);
  });
});

describe('benchmark hook', () => {
  it('times the validation of a whole fleet', () => {
    const nodes = Array.from({ length: 6 }, (_, i) =>
      node(`n${i}`, i < 3 ? 'controlplane' : 'worker', nodeDocs('1.13', i < 3 ? 'controlplane' : 'worker'), {
        address: `10.0.0.${i + 1}`,
      }),
    );
    const b = benchmarkFleetValidation(fleet(cluster('a', nodes)), 2);
    expect(b.nodes).toBe(6);
    expect(b.iterations).toBe(2);
    expect(b.nodesPerSecond).toBeGreaterThan(0);
  });
});
