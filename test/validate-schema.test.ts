/**
 * The schema layer: generated from the typed model per kind and contract, it rejects what Talos's
 * decoder rejects (unknown fields with a "did you mean", wrong types, enum values, ranges), reports
 * deprecated fields as notices, never shows secret values — and never rejects what Talos accepts:
 * every generated base config and every output of `talos-gitops patch` for Talos's own conformance
 * corpus passes.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { CONTRACTS, type Contract } from '../src/model/model.js';
import { validateConfigText } from '../src/validate/index.js';
import type { Finding } from '../src/validate/types.js';
import { generatedText, nodeFindings, nodeText, patch } from './fixtures/validate/helpers.js';

const problems = (fs: Finding[]) => fs.filter((f) => f.severity !== 'notice');
const text = (s: string) => patch(s).text;

describe('no false rejections', () => {
  for (const contract of CONTRACTS) {
    for (const role of ['controlplane', 'worker'] as const) {
      it(`the generated ${role} base of ${contract} passes every check`, () => {
        expect(nodeFindings(contract, role)).toEqual([]);
        const lone = validateConfigText(generatedText(contract, role), `${role}.yaml`, contract);
        expect(problems(lone.findings)).toEqual([]);
        // a lone file reports every deprecated field; gen config only writes `persist`
        expect(lone.findings.map((f) => f.path)).toEqual(lone.findings.map(() => 'persist'));
        expect(lone.exitCode).toBe(0);
      });
    }
  }

  const corpus = path.resolve(import.meta.dirname, '../../shared/conformance/talos-configpatcher');
  const present = existsSync(path.join(corpus, 'cases.json'));
  describe.skipIf(!present)('outputs of talos-gitops patch for the Talos configpatcher corpus', () => {
    const cases: Array<{ id: string; base: string; patches: string[]; error?: string }> = present
      ? JSON.parse(readFileSync(path.join(corpus, 'cases.json'), 'utf8')).cases
      : [];
    const scratch = mkdtempSync(path.join(tmpdir(), 'validate-corpus-'));
    for (const c of cases.filter((x) => !x.error)) {
      it(c.id, async () => {
        let base = path.join(corpus, c.base);
        if (!c.base) {
          base = path.join(scratch, 'empty.yaml');
          writeFileSync(base, '');
        }
        const io = {
          stdout: '',
          stderr: '',
          isTTY: false,
          env: {},
          cwd: corpus,
          out(t: string) {
            io.stdout += t;
          },
          err(t: string) {
            io.stderr += t;
          },
        };
        const args = ['patch', base, ...c.patches.flatMap((p) => ['--patch', `@${path.join(corpus, p)}`])];
        expect(await runCli(args, io), io.stderr).toBe(0);
        const schemaErrors = validateConfigText(io.stdout, `${c.id}.yaml`, '1.14').findings.filter(
          (f) => f.rule.startsWith('schema/') && f.severity === 'error',
        );
        expect(schemaErrors).toEqual([]);
      });
    }
  });
});

describe('schema findings on a lone file', () => {
  const check = (yaml: string, contract: Contract = '1.13') =>
    validateConfigText(text(yaml), 'node.yaml', contract).findings;

  it('reports unknown fields with a "did you mean", at their line', () => {
    const out = check(`
      version: v1alpha1
      machine:
        type: worker
        instal:
          disk: /dev/sda
        kubelet:
          extraArgz: {}`);
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/unknown-field',
        message: 'unknown field "instal" (did you mean "install"?)',
        line: 4,
        path: 'machine.instal',
        file: 'node.yaml',
      }),
    );
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/unknown-field',
        message: 'unknown field "extraArgz" (did you mean "extraArgs"?)',
        line: 7,
      }),
    );
  });

  it('says when a field belongs to another Talos version', () => {
    const out = check(
      `
      version: v1alpha1
      machine:
        install:
          grubUseUKICmdline: true`,
      '1.11',
    );
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/unknown-field',
        message: 'unknown field "grubUseUKICmdline": it exists from Talos 1.12, not in 1.11',
        line: 4,
      }),
    );
  });

  it('checks Go types the way go-yaml decodes them', () => {
    const out = check(`
      version: v1alpha1
      machine:
        install:
          wipe: maybe
        kubelet:
          nodeIP:
            validSubnets: 10.0.0.0/8
      ---
      apiVersion: v1alpha1
      kind: VLANConfig
      name: eth0.70000
      parent: eth0
      vlanID: 70000`);
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/type',
        message: 'expected a boolean (true or false), got "maybe"',
        line: 4,
      }),
    );
    expect(out).toContainEqual(
      expect.objectContaining({ rule: 'schema/type', message: 'expected a list, got "10.0.0.0/8"', line: 7 }),
    );
    expect(out).toContainEqual(
      expect.objectContaining({ rule: 'schema/range', path: 'VLANConfig/eth0.70000.vlanID', line: 13 }),
    );
  });

  it('accepts yes/no booleans like go-yaml, and quoted numbers nowhere an integer is wanted', () => {
    const ok = check(`
      version: v1alpha1
      machine:
        install:
          wipe: no`);
    expect(ok.filter((f) => f.rule === 'schema/type')).toEqual([]);
    const bad = check(`
      apiVersion: v1alpha1
      kind: VLANConfig
      name: eth0.5
      parent: eth0
      vlanID: "5"`);
    expect(bad).toContainEqual(expect.objectContaining({ rule: 'schema/type', line: 5 }));
  });

  it('checks text enums (in any letter case, as Talos does)', () => {
    const out = check(`
      apiVersion: v1alpha1
      kind: BondConfig
      name: bond0
      links: [eth0]
      bondMode: active-backupp
      ---
      apiVersion: v1alpha1
      kind: BondConfig
      name: bond1
      links: [eth1]
      bondMode: ACTIVE-BACKUP`);
    const enums = out.filter((f) => f.rule === 'schema/enum');
    expect(enums).toHaveLength(1);
    expect(enums[0]).toMatchObject({ line: 5, path: 'BondConfig/bond0.bondMode' });
    expect(enums[0]!.message).toMatch(/^"active-backupp" is not one of: balance-rr, active-backup, /);
  });

  it("warns about keys Talos's schema requires", () => {
    const out = check(`
      apiVersion: v1alpha1
      kind: VLANConfig
      name: eth0.5
      vlanID: 5`);
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/required',
        severity: 'warning',
        message: 'missing "parent", which Talos\'s schema requires',
        line: 1,
      }),
    );
  });

  it('reports unknown kinds with a suggestion', () => {
    const out = check(`
      apiVersion: v1alpha1
      kind: LinkConfg
      name: eth0`);
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/unknown-kind',
        message: expect.stringContaining('did you mean LinkConfig?'),
      }),
    );
  });

  it('reports deprecated fields Talos still accepts as notices naming the replacement', () => {
    const out = check(`
      version: v1alpha1
      machine:
        type: worker
        time:
          servers: [time.example.com]
        network:
          hostname: w1`);
    expect(out.filter((f) => f.rule.startsWith('schema/') && f.severity !== 'notice')).toEqual([]);
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/deprecated',
        severity: 'notice',
        message: '.machine.time is deprecated in Talos 1.13: use TimeSyncConfig instead',
        line: 4,
      }),
    );
    // the inner field is reported with its precise replacement, not the whole section
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/deprecated',
        message: '.machine.network.hostname is deprecated in Talos 1.13: use HostnameConfig instead',
        line: 7,
      }),
    );
    expect(out.some((f) => f.path === 'machine.network')).toBe(false);
  });

  it('never shows a secret value in a finding', () => {
    const out = check(`
      apiVersion: v1alpha1
      kind: SideroLinkConfig
      apiUrl: "https://siderolink example.com/?jointoken=VERYSECRETJOINTOKEN"`);
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/type',
        message: 'invalid value for this secret field (value not shown)',
        line: 3,
      }),
    );
    expect(JSON.stringify(out)).not.toContain('VERYSECRETJOINTOKEN');
  });
});

describe('a lone file through the Talos rules', () => {
  it('reports Talos rules at the lines of the file itself', () => {
    const t = `${generatedText('1.13', 'worker')}---\napiVersion: v1alpha1\nkind: Layer2VIPConfig\nname: vip\nlink: eth0\n`;
    const vipLine = t.split('\n').indexOf('name: vip') + 1;
    const out = validateConfigText(t, 'worker.yaml', '1.13').findings;
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'talos/layer2-vip-config',
        file: 'worker.yaml',
        line: vipLine,
        path: 'Layer2VIPConfig/vip.name',
      }),
    );
  });

  it('reports duplicate and conflicting documents', () => {
    const link = 'apiVersion: v1alpha1\nkind: LinkConfig\nname: eth0\n';
    const dup = validateConfigText(`${link}---\n${link}`, 'links.yaml', '1.13').findings;
    expect(dup).toContainEqual(
      expect.objectContaining({ rule: 'talos/conflicting-documents', file: 'links.yaml', line: 5 }),
    );
    const conflict = validateConfigText(
      `${link}---\napiVersion: v1alpha1\nkind: BondConfig\nname: eth0\nlinks: [eth1]\nbondMode: active-backup\n`,
      'links.yaml',
      '1.13',
    ).findings;
    expect(conflict).toContainEqual(
      expect.objectContaining({
        rule: 'talos/conflicting-documents',
        message: expect.stringContaining('conflicting'),
      }),
    );
  });
});

describe('schema findings on rendered nodes', () => {
  it('reports enum values a patch set, at the patch line', () => {
    const out = nodeFindings('1.13', 'controlplane', [
      patch(`
        apiVersion: v1alpha1
        kind: HostnameConfig
        auto: fixed`),
    ]);
    expect(out).toContainEqual(
      expect.objectContaining({
        rule: 'schema/enum',
        file: 'clusters/c1/patches/p.yaml',
        line: 3,
        path: 'HostnameConfig.auto',
        node: 'n1',
        cluster: 'c1',
      }),
    );
  });

  it('reports deprecated fields only where a patch set them', () => {
    const out = nodeFindings('1.13', 'worker', [
      patch(`
        machine:
          time:
            servers: [time.example.com]`),
    ]);
    expect(out).toEqual([
      expect.objectContaining({ rule: 'schema/deprecated', line: 2, path: 'machine.time' }),
    ]);
  });

  it('renders the same config text the schema accepts', () => {
    const t = nodeText('1.12', 'worker', [
      patch(`
      machine:
        install:
          wipe: false`),
    ]);
    expect(problems(validateConfigText(t, 'w.yaml', '1.12').findings)).toEqual([]);
  });
});
