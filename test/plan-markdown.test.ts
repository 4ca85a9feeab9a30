/**
 * The plan comment as a reviewer reads it: verdict and riskiest change first, the summary table above
 * any collapsed section, one section per group of identically changed nodes (riskiest first), findings with links
 * to the line, escaping of anything a pull request controls, and no secret value ever.
 */
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_LENGTH, renderPlanComment } from '../src/plan/markdown.js';
import { htmlText, mdText } from '../src/plan/md.js';
import { foldNames, nameList } from '../src/plan/node-list.js';
import type { ClusterPlan, PlanResult } from '../src/plan/types.js';
import type { Finding } from '../src/validate/types.js';
import { config, HEAD, node, smallPlan } from './fixtures/plan/plans.js';
import { cells, detailsBalance, liveText, structure, summaryTable } from './plan-markdown-helpers.js';

const same = (s: string) => s;
const ctx = { redact: same, repository: 'octo/clusters' };

describe('a small plan', () => {
  const md = renderPlanComment(smallPlan(), { ...ctx, stages: ['staging', 'production'] });
  const lines = md.split('\n');

  it('opens with a one-line verdict that counts changes, impacts and findings', () => {
    expect(lines[0]).toBe(
      '### ⚠️ Talos plan: 3 of 5 nodes change in 1 of 2 clusters (1 reboot, 2 live) · 1 warning',
    );
  });

  it('names the head commit it describes, linked, and the base', () => {
    expect(md).toContain(
      `Head [\`${HEAD.slice(0, 7)}\`](https://github.com/octo/clusters/commit/${HEAD}) compared with base \`main\`.`,
    );
  });

  it('puts the summary table above the first collapsible section, in stage order', () => {
    const table = summaryTable(md);
    expect(table.header).toEqual(['Cluster', 'Stage', 'Nodes changed', 'Impact', 'Findings']);
    expect(table.rows).toEqual([
      ['staging', 'staging', '0 of 1', 'no change', '—'],
      ['prod-eu', 'production', '3 of 4', '1 reboot, 2 live', '1 warning'],
      ['**Total** (2 clusters)', '', '**3 of 5**', '1 reboot, 2 live', '1 warning'],
    ]);
    expect(md.indexOf('| Cluster |')).toBeLessThan(md.indexOf('<details'));
  });

  it('has one section per group of identically changed nodes, riskiest first, the risky ones open', () => {
    expect(detailsBalance(md)).toEqual({ opened: 2, closed: 2, balanced: true });
    expect(md).toContain(
      '<details open><summary>🔁 <b>cp-1</b> · prod-eu · controlplane · needs a reboot</summary>',
    );
    expect(md).toContain('- **Why:** `machine.install.disk`');
    expect(md).toContain(
      '<details><summary>✏️ <b>same change on 2 workers in prod-eu</b>: w-1, w-2 · applies live</summary>',
    );
    expect(md.indexOf('<b>cp-1</b>')).toBeLessThan(md.indexOf('same change on 2 workers'));
    // The unchanged cluster has a table row but no section.
    expect(md).not.toContain('<b>staging</b>');
  });

  it('names the riskiest change right under the verdict', () => {
    expect(lines[2]).toBe('**Riskiest:** 🔁 **cp-1** (prod-eu) needs a reboot — 1 other change below');
  });

  it('shows diffs in diff fences without the file headers that name the node', () => {
    const { fences, unclosedFence } = structure(md);
    expect(unclosedFence).toBe(false);
    expect(fences.map((f) => f.lang)).toEqual(['diff', 'diff']);
    expect(fences[0]!.body).toContain('-    disk: /dev/sda\n+    disk: /dev/nvme0n1');
    expect(md).not.toMatch(/^(Index:|--- |\+\+\+ )/m);
  });

  it('links findings to the file and line at the head commit', () => {
    expect(md).toContain(
      `[clusters/prod-eu/patches/all.yaml:12](https://github.com/octo/clusters/blob/${HEAD}/clusters/prod-eu/patches/all.yaml#L12)`,
    );
    expect(md).toMatch(/^- ⚠️ \*\*warning\*\* `baseline\/installer-pinned` installer image is not pinned/m);
  });

  it('is not shortened, and says nothing about leaving things out', () => {
    expect(md).not.toContain('Shortened');
    expect(md).not.toContain('left out');
  });
});

describe('findings order', () => {
  it('lists waived findings after every unwaived one, whatever their severity', () => {
    const plan = smallPlan();
    plan.findings.push({
      rule: 'hardened/disk-encryption',
      severity: 'error',
      message: 'system disk is not encrypted',
      cluster: 'staging',
      node: 'cp-1',
      waived: {
        reason: 'lab hardware without TPM',
        expires: '2027-03-01',
        source: 'clusters/staging/cluster.yaml:40',
      },
    });
    const md = renderPlanComment(plan, ctx);
    const items = md.split('\n').filter((l) => /^- (⚠️|🔕|❌) /.test(l));
    expect(items.map((l) => l.slice(0, 4))).toEqual(['- ⚠️', '- 🔕']);
    expect(items[1]).toBe(
      '- 🔕 **~~error~~ waived** `hardened/disk-encryption` system disk is not encrypted · on staging: cp-1 · waiver: lab hardware without TPM (until 2027-03-01), clusters/staging/cluster.yaml:40',
    );
    expect(md).toContain('### Findings: 1 warning, 1 waived');
    expect(md).toContain('<summary>🔁 <b>cp-1</b> · prod-eu');
  });

  it('speaks of one node in the singular', () => {
    const plan = smallPlan();
    plan.clusters = [plan.clusters[0]!];
    plan.clusters[0]!.nodes = plan.clusters[0]!.nodes.slice(0, 2);
    const md = renderPlanComment(plan, ctx);
    expect(md.split('\n')[0]).toBe(
      '### ⚠️ Talos plan: 1 of 2 nodes changes in 1 of 1 cluster (1 reboot) · 1 warning',
    );
  });
});

describe('no changes', () => {
  it('says so in the verdict and has no sections', () => {
    const plan: PlanResult = {
      base: 'main',
      head: HEAD,
      hasChanges: false,
      findings: [],
      clusters: [
        {
          name: 'lab',
          stage: 'dev',
          file: 'clusters/lab/cluster.yaml',
          hidden: [],
          nodes: [node('lab', 'cp-1', { before: config('lab', 'cp-1') })],
        },
      ],
    };
    const md = renderPlanComment(plan, ctx);
    expect(md.split('\n')[0]).toBe('### ✅ Talos plan: no changes to 1 node in 1 cluster');
    expect(md).not.toContain('<details');
    expect(summaryTable(md).rows).toEqual([['lab', 'dev', '0 of 1', 'no change', '—']]);
    expect(md).not.toContain('Riskiest');
  });
});

describe('identical changes across nodes', () => {
  const workers = Array.from({ length: 12 }, (_, i) =>
    node('prod', `w-${i + 1}`, {
      before: config('prod', `w-${i + 1}`),
      after: config('prod', `w-${i + 1}`, { 'kubelet:': 'kubelet:\n    extraArgs:\n      max-pods: "250"' }),
    }),
  );
  const odd = node('prod', 'w-13', {
    before: config('prod', 'w-13'),
    after: config('prod', 'w-13', { 'kubelet:': 'kubelet:\n    extraArgs:\n      max-pods: "110"' }),
  });
  const plan: PlanResult = {
    base: 'main',
    head: HEAD,
    hasChanges: true,
    findings: [],
    clusters: [
      {
        name: 'prod',
        stage: 'production',
        file: 'clusters/prod/cluster.yaml',
        hidden: [],
        nodes: [...workers, odd],
      },
    ],
  };
  const md = renderPlanComment(plan, ctx);

  it('shows the change once with the list of nodes', () => {
    expect(md).toContain(
      '<summary>✏️ <b>same change on 12 workers in prod</b>: w-1…w-12 · applies live</summary>',
    );
    const diffs = structure(md).fences.map((f) => f.body);
    expect(diffs).toHaveLength(2);
    expect(diffs.filter((d) => d.includes('max-pods: "250"'))).toHaveLength(1);
    expect(md).toContain('<summary>✏️ <b>w-13</b> · prod · worker · applies live</summary>');
  });

  it('says whose context lines it shows when only context differs (the hostname line)', () => {
    expect(md).toContain("_Context lines are w-1's; the changed lines are the same on every node listed._");
  });

  it('does not fold nodes whose impact differs', () => {
    const mixed = structuredClone(plan);
    mixed.clusters[0]!.nodes[0]!.impacts = ['reboot'];
    const out = renderPlanComment(mixed, ctx);
    expect(out).toContain('<b>same change on 11 workers in prod</b>: w-2…w-12');
    expect(out).toContain('<summary>🔁 <b>w-1</b> · prod · worker · needs a reboot</summary>');
  });

  it('names control planes and mixed groups by what they are', () => {
    const m = structuredClone(plan);
    m.clusters[0]!.nodes.slice(0, 3).forEach((n) => {
      n.role = 'controlplane';
    });
    expect(renderPlanComment(m, ctx)).toContain('<b>same change on 12 nodes in prod</b>');
  });
});

describe('node lists', () => {
  it('sorts naturally and folds numbered runs of three or more', () => {
    expect(foldNames(['w-10', 'w-2', 'w-1', 'w-3', 'cp-1', 'w-12']).map((t) => t.text)).toEqual([
      'cp-1',
      'w-1…w-3',
      'w-10',
      'w-12',
    ]);
    expect(foldNames(['n08', 'n09', 'n10', 'n11']).map((t) => t.text)).toEqual(['n08…n11']);
    expect(foldNames(['n9', 'n10', 'n11']).map((t) => t.text)).toEqual(['n9…n11']);
    expect(foldNames(['n09', 'n10', 'n011']).map((t) => t.text)).toEqual(['n09', 'n10', 'n011']);
  });

  it('caps a list and counts the names it left out', () => {
    const names = ['a', 'c', 'e', 'g', 'i'];
    expect(nameList(names, 2, same)).toBe('a, c, … and 3 more');
    expect(nameList(['w-1', 'w-2', 'w-3', 'x', 'y'], 1, same)).toBe('w-1…w-3, … and 2 more');
  });
});

describe('links', () => {
  const finding = (file: string, line?: number): Finding => ({
    rule: 'talos/x',
    severity: 'error',
    message: 'm',
    file,
    ...(line ? { line } : {}),
  });
  const withFinding = (f: Finding): PlanResult => ({ ...smallPlan(), findings: [f] });

  it('encode the path, use the link commit, and point at the line', () => {
    const md = renderPlanComment(withFinding(finding('clusters/a b/(x)#1.yaml', 7)), {
      ...ctx,
      headSha: 'f'.repeat(40),
      serverUrl: 'https://ghe.example.com/',
    });
    expect(md).toContain(
      `(https://ghe.example.com/octo/clusters/blob/${'f'.repeat(40)}/clusters/a%20b/%28x%29%231.yaml#L7)`,
    );
  });

  it('are left out for paths that leave the repository, and without a repository', () => {
    const md = renderPlanComment(withFinding(finding('../etc/passwd', 1)), ctx);
    expect(md).toMatch(/^- ❌ \*\*error\*\* `talos\/x` m · `\.\.\/etc\/passwd:1`$/m);
    expect(md).not.toContain('etc/passwd#');
    const plain = renderPlanComment(smallPlan(), { redact: same });
    expect(plain).toContain('`clusters/prod-eu/patches/all.yaml:12`');
    expect(plain).not.toContain('https://');
  });

  it('have no line anchor when the line is unknown', () => {
    const md = renderPlanComment(withFinding(finding('policies/team.yaml')), ctx);
    expect(md).toContain(
      `[policies/team.yaml](https://github.com/octo/clusters/blob/${HEAD}/policies/team.yaml)\n`,
    );
  });
});

describe('failed renders and hidden parts', () => {
  const broken: ClusterPlan = {
    name: 'edge',
    stage: 'production',
    file: 'clusters/edge/cluster.yaml',
    hidden: [],
    nodes: [],
    error: {
      side: 'head',
      message: 'unknown field "machine.instal"',
      file: 'clusters/edge/patches/all.yaml',
      line: 4,
    },
  };
  const fork: ClusterPlan = {
    ...smallPlan().clusters[0]!,
    hidden: ['secrets bundle (clusters/prod-eu/secrets.sops.yaml)', 'patches/registry.sops.yaml'],
  };
  const plan: PlanResult = { ...smallPlan(), clusters: [fork, broken], findings: [] };
  const md = renderPlanComment(plan, {
    ...ctx,
    hiddenReason: 'secrets unavailable for pull requests from forks',
  });

  it('count a failed render as an error, in the verdict, the table and the findings, with its file and line', () => {
    expect(md.split('\n')[0]).toMatch(/^### ❌ Talos plan: 1 error · /);
    const row = summaryTable(md).rows.find((r) => r[0] === 'edge');
    expect(row).toEqual(['edge', 'production', '—', '⛔ render failed (head)', '1 error']);
    expect(md).toContain(
      `- ❌ **error** \`render/head-failed\` cluster edge could not be rendered at the head: unknown field "machine.instal" · [clusters/edge/patches/all.yaml:4](https://github.com/octo/clusters/blob/${HEAD}/clusters/edge/patches/all.yaml#L4)`,
    );
  });

  it('are counted once when the planner also reports the failure as a finding', () => {
    const both: PlanResult = {
      ...plan,
      findings: [
        {
          rule: 'render/error',
          severity: 'error',
          message: 'unknown field "machine.instal"',
          cluster: 'edge',
          file: 'clusters/edge/patches/all.yaml',
          line: 4,
        },
      ],
    };
    const out = renderPlanComment(both, ctx);
    expect(out).toContain('### Findings: 1 error\n');
    expect(out).not.toContain('render/head-failed');
  });

  it('say what could not be seen and why', () => {
    expect(md).toContain(
      '> **Could not see** parts of 1 cluster (secrets unavailable for pull requests from forks): prod-eu.',
    );
    expect(md).toContain(
      '- ⚠️ **prod-eu** could not see: `secrets bundle (clusters/prod-eu/secrets.sops.yaml)`, `patches/registry.sops.yaml` (secrets unavailable for pull requests from forks)',
    );
    expect(summaryTable(md).rows[0]![3]).toBe('1 reboot, 2 live · ⚠️ partial');
  });
});

describe('escaping what a pull request controls', () => {
  const hostile =
    '</summary></details><details open><script>alert(1)</script> | **x** `y` @octo/admins [l](http://e) \u202Eevil';
  const plan: PlanResult = {
    base: 'main',
    head: HEAD,
    hasChanges: true,
    clusters: [
      {
        name: `c|${hostile}`,
        stage: `s|${hostile}`,
        file: 'clusters/c/cluster.yaml',
        hidden: [hostile],
        nodes: [
          {
            ...node('c', `n-${hostile}`, { before: 'a: 1\n', after: 'a: 2\n' }),
            reasons: [hostile, 'machine.`x`'],
            changedSecrets: [hostile],
            diff: '@@ -1,3 +1,3 @@\n a: 1\n-b: ```\n+b: ````\n+</details>\n+<details>\n',
          },
        ],
      },
    ],
    findings: [
      {
        rule: `r${hostile}`,
        severity: 'warning',
        message: `line one\nline two ${hostile}`,
        cluster: `c|${hostile}`,
        node: `n-${hostile}`,
        file: 'clusters/c/patches/x.yaml',
        line: 3,
        waived: { reason: hostile, source: 'clusters/c/cluster.yaml:9' },
      },
    ],
  };
  const md = renderPlanComment(plan, ctx);
  const s = structure(md);

  it('keeps the details structure intact', () => {
    expect(s.unclosedFence).toBe(false);
    expect(detailsBalance(md)).toEqual({ opened: 1, closed: 1, balanced: true });
  });

  it('keeps the diff inside one fence, longer than any backtick run in it', () => {
    expect(s.fences).toHaveLength(1);
    expect(s.fences[0]!.body).toContain('+</details>');
    expect(md).toContain('`````diff\n');
  });

  it('keeps every table row at five cells', () => {
    for (const row of summaryTable(md).rows) expect(row).toHaveLength(5);
    expect(summaryTable(md).rows[0]![0]).toContain('c\\|');
  });

  it('emits no live HTML, link, mention or bidi override outside code', () => {
    const text = liveText(md);
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toContain('<details open><script');
    expect(text).not.toMatch(/(?<!\\)\[l\]\(http/);
    expect(text).not.toMatch(/@octo/);
    expect(text).toContain('@\u200bocto/admins');
    expect(text).not.toContain('\u202E');
    // Multi-line messages stay on their list item's line.
    expect(text).toMatch(/^- 🔕 \*\*~~warning~~ waived\*\* .*line one line two/m);
  });

  it('escapes by context: markdown text, HTML in summaries, code spans with longer fences', () => {
    expect(mdText('a|b*c_d`e<f>&[g]')).toBe('a\\|b\\*c\\_d\\`e&lt;f&gt;&amp;\\[g\\]');
    expect(htmlText('<b>"x"</b>\nnext')).toBe('&lt;b&gt;&quot;x&quot;&lt;/b&gt; next');
    expect(md).toContain('`` machine.`x` ``');
  });
});

describe('secret values', () => {
  // Markdown specials in the value: if text were escaped before redaction, the escaped form would slip past.
  const SECRET = 'tok_3n*S3CR3T|value<x>';
  const redact = (s: string) => s.split(SECRET).join('<redacted>');
  const plan = (): PlanResult => {
    const p = smallPlan();
    const cp = p.clusters[0]!.nodes[0]!;
    // A bug upstream: a diff line carries a registered secret value.
    cp.diff = cp.diff.replace('+    disk: /dev/nvme0n1', `+    disk: /dev/nvme0n1\n+  token: ${SECRET}`);
    cp.reasons.push(`machine.token (${SECRET})`);
    cp.changedSecrets.push(`cluster.secret=${SECRET}`);
    p.clusters[0]!.hidden.push(`file ${SECRET}`);
    p.clusters[1]!.error = {
      side: 'head',
      message: `bad value ${SECRET}`,
      file: 'clusters/staging/cluster.yaml',
      line: 2,
    };
    p.findings.push({
      rule: 'talos/x',
      severity: 'error',
      message: `token ${SECRET} is weak`,
      path: `machine.${SECRET}`,
      waived: { reason: `because ${SECRET}`, source: 'x' },
    });
    return p;
  };

  it('passes every text through the redactor before escaping it', () => {
    const seen: string[] = [];
    const md = renderPlanComment(plan(), {
      ...ctx,
      redact: (s) => {
        seen.push(s);
        return redact(s);
      },
    });
    for (const form of [SECRET, mdText(SECRET), htmlText(SECRET), 'S3CR3T']) expect(md).not.toContain(form);
    expect(md).toContain('+  token: <redacted>');
    expect(md).toContain('bad value &lt;redacted&gt;');
    // The diff reached the redactor whole, and the finished comment went through it too.
    expect(seen.some((s) => s.includes(`+  token: ${SECRET}`))).toBe(true);
    expect(seen.at(-1)).toBe(md);
  });

  it('stays redacted when the comment is shortened', () => {
    for (const maxLength of [1500, 3000, 6000]) {
      const md = renderPlanComment(plan(), { ...ctx, redact, maxLength });
      expect(md.length).toBeLessThanOrEqual(maxLength);
      expect(md).not.toContain('S3CR3T');
    }
  });

  it('is redacted even where it spans what the renderer emits as separate pieces', () => {
    const p = smallPlan();
    p.clusters[0]!.name = 'SPLIT';
    p.clusters[0]!.stage = 'SECRET';
    // A redactor for a value that only appears once pieces are joined: "SPLIT | SECRET" in the table.
    const md = renderPlanComment(p, { ...ctx, redact: (s) => s.split('SPLIT | SECRET').join('***') });
    expect(md).not.toContain('SPLIT | SECRET');
  });
});

describe('limits', () => {
  it('never exceeds the default limit', () => {
    expect(renderPlanComment(smallPlan(), ctx).length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
  });

  it('renders the same text for the same plan, whatever the order of findings', () => {
    const a = smallPlan();
    a.findings.push(
      { rule: 'b/x', severity: 'notice', message: 'n', file: 'f.yaml', line: 1 },
      { rule: 'a/y', severity: 'error', message: 'e' },
    );
    const b = structuredClone(a);
    b.findings.reverse();
    expect(renderPlanComment(b, ctx)).toBe(renderPlanComment(a, ctx));
  });
});

it('table cells split only on unescaped pipes', () => {
  expect(cells('| a\\|b | c |')).toEqual(['a\\|b', 'c']);
});
