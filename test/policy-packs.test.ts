/**
 * The built-in packs: every rule of baseline and hardened fires on a config that breaks it (pointing at
 * the line that did) and stays quiet on one that follows it. The embedded copy equals the pack files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../src/model/model.js';
import { evaluateRule, inScope } from '../src/policy/engine.js';
import { parsePolicyText } from '../src/policy/load.js';
import { PACKS } from '../src/policy/packs.generated.js';
import { packRules } from '../src/policy/packs.js';
import type { Role } from '../src/render/types.js';
import { place } from '../src/validate/place.js';
import type { Finding } from '../src/validate/types.js';
import { cluster, node, nodeDocs, type PatchFile, patch } from './fixtures/validate/helpers.js';

const PROJECT = path.resolve(import.meta.dirname, '..');

interface Setup {
  contract?: Contract;
  role?: Role;
  patches?: PatchFile[];
  address?: string;
}

function run(ruleId: string, s: Setup = {}): Finding[] {
  const rule = packRules().rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const contract = s.contract ?? '1.13';
  const role = s.role ?? 'controlplane';
  const n = node('n1', role, nodeDocs(contract, role, s.patches ?? []), {
    address: s.address ?? '10.0.1.10',
  });
  const c = cluster('c1', [n], { contract, policyPacks: ['baseline', 'hardened'] });
  if (!inScope(rule, c, n)) return [];
  return evaluateRule(rule, c, n).map((i) => place(i, { cluster: c, node: n }));
}

const P = (text: string, file?: string) => [patch(text, file)];
const FILE = 'clusters/c1/patches/p.yaml';
const NODE = { file: 'clusters/c1/cluster.yaml', line: 10 };

interface Case {
  setup: Setup;
  at?: { file: string; line?: number };
  message?: string;
}

const RULES: Record<string, { fires: Record<string, Case>; passes: Record<string, Setup> }> = {
  'baseline/installer-pinned': {
    fires: {
      'an installer tagged latest': {
        setup: { patches: P('machine:\n  install:\n    image: ghcr.io/siderolabs/installer:latest') },
        at: { file: FILE, line: 3 },
        message: 'machine.install.image is "ghcr.io/siderolabs/installer:latest"',
      },
      'an untagged installer behind a registry port': {
        setup: { patches: P('machine:\n  install:\n    image: registry.local:5000/installer') },
        at: { file: FILE, line: 3 },
      },
      'an untagged UnattendedInstallConfig installer (1.14)': {
        setup: {
          contract: '1.14',
          patches: P(
            'apiVersion: v1alpha1\nkind: UnattendedInstallConfig\ninstaller:\n  image: factory.talos.dev/metal-installer/abc',
          ),
        },
        at: { file: FILE, line: 4 },
      },
    },
    passes: {
      'the generated base (a version tag)': {},
      'a digest': {
        patches: P(`machine:\n  install:\n    image: ghcr.io/siderolabs/installer@sha256:${'a'.repeat(64)}`),
      },
      'the generated 1.14 base': { contract: '1.14' },
    },
  },
  'baseline/install-wipe-off': {
    fires: {
      'wipe: true': {
        setup: { patches: P('machine:\n  install:\n    wipe: true') },
        at: { file: FILE, line: 3 },
      },
    },
    passes: { 'the generated base': {}, 'the generated 1.14 base': { contract: '1.14' } },
  },
  'baseline/time-servers': {
    fires: {
      'no servers (the generated base)': {
        setup: {},
        at: NODE,
        message: 'Not met: Time servers are set explicitly (machine.time.servers is not set)',
      },
      'an empty list': {
        setup: { patches: P('machine:\n  time:\n    servers: []') },
        at: { file: FILE, line: 3 },
      },
    },
    passes: {
      'machine.time.servers': { patches: P('machine:\n  time:\n    servers: [ntp.internal]') },
      'TimeSyncConfig (1.14)': {
        contract: '1.14',
        patches: P('apiVersion: v1alpha1\nkind: TimeSyncConfig\nntp:\n  servers: [ntp.internal]'),
      },
    },
  },
  'baseline/kubeprism': {
    fires: {
      'KubePrism disabled': {
        setup: { patches: P('machine:\n  features:\n    kubePrism:\n      enabled: false') },
        at: { file: FILE, line: 4 },
      },
      'KubePrismConfig removed (1.14)': {
        setup: {
          contract: '1.14',
          patches: P('apiVersion: v1alpha1\nkind: KubePrismConfig\n$patch: delete'),
        },
        at: NODE,
      },
    },
    passes: { 'the generated base': {}, 'the generated 1.14 base': { contract: '1.14' } },
  },
  'baseline/api-rbac': {
    fires: {
      'RBAC off on 1.11': {
        setup: { contract: '1.11', patches: P('machine:\n  features:\n    rbac: false') },
        at: { file: FILE, line: 3 },
      },
    },
    passes: {
      'the generated 1.11 base': { contract: '1.11' },
      'any 1.13 config (RBAC is always on)': { patches: P('machine:\n  features:\n    rbac: false') },
    },
  },
  'baseline/etcd-quota': {
    fires: { 'a control plane without a quota': { setup: {}, at: NODE } },
    passes: {
      'an explicit quota': {
        patches: P('cluster:\n  etcd:\n    extraArgs:\n      quota-backend-bytes: "8589934592"'),
      },
      'a worker': { role: 'worker' },
    },
  },
  'baseline/talos-api-not-public': {
    fires: {
      'a public Talos API address': {
        setup: { address: '203.0.113.5' },
        at: NODE,
        message: "the node's Talos API address 203.0.113.5 (cluster.yaml) is a public IP",
      },
      'a public certSAN': {
        setup: { patches: P('machine:\n  certSANs: [198.51.100.7]') },
        at: { file: FILE, line: 2 },
      },
      'a public interface address without a firewall': {
        setup: {
          patches: P(
            'apiVersion: v1alpha1\nkind: LinkConfig\nname: eth1\naddresses:\n  - address: 198.51.100.9/24',
          ),
        },
        at: { file: FILE, line: 5 },
      },
    },
    passes: {
      'private addresses': { patches: P('machine:\n  certSANs: [10.0.1.10, cp.internal]') },
      'a public interface behind ingress block': {
        patches: P(
          'apiVersion: v1alpha1\nkind: LinkConfig\nname: eth1\naddresses:\n  - address: 198.51.100.9/24\n---\napiVersion: v1alpha1\nkind: NetworkDefaultActionConfig\ningress: block',
        ),
      },
    },
  },
  'baseline/no-plaintext-secrets': {
    fires: {
      'a token in a plain patch': {
        setup: { patches: P('cluster:\n  token: abcdef.0123456789abcdef') },
        at: { file: FILE, line: 2 },
        message: `secret field cluster.token is set in ${FILE}, which is not SOPS-encrypted: move it to a *.sops.yaml file`,
      },
      'a CA key pair in a plain patch': {
        setup: { patches: P('machine:\n  ca:\n    crt: Y3J0\n    key: a2V5') },
        at: { file: FILE, line: 2 },
      },
      'a passphrase in a plain volume patch': {
        setup: {
          patches: P(
            'apiVersion: v1alpha1\nkind: VolumeConfig\nname: STATE\nencryption:\n  provider: luks2\n  keys:\n    - slot: 0\n      static:\n        passphrase: hunter2hunter2',
          ),
        },
        at: { file: FILE, line: 9 },
      },
    },
    passes: {
      'the generated base': {},
      'a token in a SOPS patch': {
        patches: P('cluster:\n  token: abcdef.0123456789abcdef', 'clusters/c1/patches/secrets.sops.yaml'),
      },
    },
  },
  'baseline/no-debug': {
    fires: { 'debug: true': { setup: { patches: P('debug: true') }, at: { file: FILE, line: 1 } } },
    passes: { 'the generated base': {} },
  },
  'baseline/registry-tls-verify': {
    fires: {
      'v1alpha1 registry config (1.12)': {
        setup: {
          contract: '1.12',
          patches: P(
            'machine:\n  registries:\n    config:\n      registry.local:\n        tls:\n          insecureSkipVerify: true',
          ),
        },
        at: { file: FILE, line: 6 },
      },
      RegistryTLSConfig: {
        setup: {
          patches: P(
            'apiVersion: v1alpha1\nkind: RegistryTLSConfig\nname: registry.local\ninsecureSkipVerify: true',
          ),
        },
        at: { file: FILE, line: 4 },
      },
    },
    passes: {
      'the generated base': {},
      'verification on': {
        patches: P(
          'apiVersion: v1alpha1\nkind: RegistryTLSConfig\nname: registry.local\ninsecureSkipVerify: false',
        ),
      },
    },
  },
  'hardened/disk-encryption': {
    fires: {
      'the generated base': {
        setup: {},
        at: NODE,
        message:
          'the STATE volume is not encrypted: add encryption (provider luks2, with keys) to VolumeConfig STATE',
      },
      'only STATE encrypted': {
        setup: {
          patches: P(
            'apiVersion: v1alpha1\nkind: VolumeConfig\nname: STATE\nencryption:\n  provider: luks2\n  keys:\n    - slot: 0\n      tpm: {}',
            'clusters/c1/patches/enc.sops.yaml',
          ),
        },
        message:
          'the EPHEMERAL volume is not encrypted: add encryption (provider luks2, with keys) to VolumeConfig EPHEMERAL',
      },
    },
    passes: {
      'VolumeConfig STATE and EPHEMERAL (1.13)': {
        patches: P(
          'apiVersion: v1alpha1\nkind: VolumeConfig\nname: STATE\nencryption:\n  provider: luks2\n  keys:\n    - slot: 0\n      tpm: {}\n---\napiVersion: v1alpha1\nkind: VolumeConfig\nname: EPHEMERAL\nencryption:\n  provider: luks2\n  keys:\n    - slot: 0\n      nodeID: {}',
        ),
      },
      'machine.systemDiskEncryption (1.12)': {
        contract: '1.12',
        patches: P(
          'machine:\n  systemDiskEncryption:\n    state:\n      provider: luks2\n      keys:\n        - slot: 0\n          nodeID: {}\n    ephemeral:\n      provider: luks2\n      keys:\n        - slot: 0\n          nodeID: {}',
        ),
      },
    },
  },
  'hardened/secretbox-encryption': {
    fires: {
      'no secretbox secret (1.13)': {
        setup: { patches: P('cluster:\n  secretboxEncryptionSecret:\n    $patch: delete') },
        // the delete that took the secret out
        at: { file: FILE, line: 3 },
      },
      'no KubeEtcdEncryptionConfig (1.14)': {
        setup: {
          contract: '1.14',
          patches: P('apiVersion: v1alpha1\nkind: KubeEtcdEncryptionConfig\n$patch: delete'),
        },
        at: NODE,
      },
    },
    passes: {
      'the generated base': {},
      'the generated 1.14 base': { contract: '1.14' },
      'a worker': { role: 'worker' },
    },
  },
  'hardened/apiserver-audit': {
    fires: {
      'an audit policy that logs nothing': {
        setup: {
          patches: P(
            'cluster:\n  apiServer:\n    auditPolicy:\n      apiVersion: audit.k8s.io/v1\n      kind: Policy\n      rules:\n        - level: None',
          ),
        },
        at: { file: FILE, line: 6 },
      },
    },
    passes: { 'the generated base': {}, 'the generated 1.14 base': { contract: '1.14' } },
  },
  'hardened/kubelet-cert-rotation': {
    fires: { 'the generated base': { setup: {}, at: NODE } },
    passes: {
      'rotate-server-certificates': {
        patches: P('machine:\n  kubelet:\n    extraArgs:\n      rotate-server-certificates: "true"'),
      },
      'KubeletConfig serverTLSBootstrap (1.14)': {
        contract: '1.14',
        patches: P('apiVersion: v1alpha1\nkind: KubeletConfig\nconfig:\n  serverTLSBootstrap: true'),
      },
    },
  },
  'hardened/talos-api-access-roles': {
    fires: {
      'os:admin for pods': {
        setup: {
          patches: P(
            'machine:\n  features:\n    kubernetesTalosAPIAccess:\n      enabled: true\n      allowedRoles: [os:admin]',
          ),
        },
        at: { file: FILE, line: 5 },
      },
    },
    passes: {
      'the generated base': {},
      'os:reader': {
        patches: P(
          'machine:\n  features:\n    kubernetesTalosAPIAccess:\n      enabled: true\n      allowedRoles: [os:reader]',
        ),
      },
    },
  },
  'hardened/pod-security-enforce': {
    fires: {
      'privileged by default (1.13)': {
        setup: {
          patches: P(
            'cluster:\n  apiServer:\n    admissionControl:\n      - name: PodSecurity\n        configuration:\n          defaults:\n            enforce: privileged',
          ),
        },
        // merged into the base's PodSecurity plugin: the patch's item for it
        at: { file: FILE, line: 4 },
      },
      'privileged by default (1.14)': {
        setup: {
          contract: '1.14',
          patches: P(
            'apiVersion: v1alpha1\nkind: KubeAdmissionControlConfig\nname: PodSecurity\nconfiguration:\n  defaults:\n    enforce: privileged',
          ),
        },
        // the patch line that set the value, inside the free-form configuration map
        at: { file: FILE, line: 6 },
      },
    },
    passes: { 'the generated base': {}, 'the generated 1.14 base': { contract: '1.14' } },
  },
};

describe('built-in packs', () => {
  it('embed exactly the files in policies/packs, as the policy loader parses them', () => {
    const files = readdirSync(path.join(PROJECT, 'policies/packs')).filter((f) => f.endsWith('.yaml'));
    expect(Object.keys(PACKS).sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, '')).sort());
    for (const f of files) {
      const parsed = parsePolicyText(
        `policies/packs/${f}`,
        readFileSync(path.join(PROJECT, 'policies/packs', f), 'utf8'),
      );
      if (!('value' in parsed)) throw new Error(parsed.message);
      const embedded = PACKS[f.replace(/\.yaml$/, '')]!;
      expect(embedded.value).toEqual(parsed.value);
      // the line of every pointer a message could name, the rules' own among them
      expect(Object.keys(embedded.lines).length).toBeGreaterThan(50);
      for (const [ptr, line] of Object.entries(embedded.lines))
        expect([ptr, parsed.lineOf(ptr)]).toEqual([ptr, line]);
      expect(embedded.lines['/rules/0']).toBe(parsed.lineOf('/rules/0'));
    }
  });

  it('load without problems, and every rule has tests here', () => {
    const { rules, findings } = packRules();
    expect(findings).toEqual([]);
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(RULES).sort());
  });

  for (const [id, spec] of Object.entries(RULES)) {
    describe(id, () => {
      for (const [name, c] of Object.entries(spec.fires)) {
        it(`fires: ${name}`, () => {
          const out = run(id, c.setup);
          expect(out.length, JSON.stringify(out)).toBeGreaterThan(0);
          expect(out[0]!.rule).toBe(id);
          if (c.at) expect({ file: out[0]!.file, line: out[0]!.line }).toEqual(c.at);
          if (c.message) expect(out.map((f) => f.message).join('\n')).toContain(c.message);
        });
      }
      for (const [name, setup] of Object.entries(spec.passes)) {
        it(`does not fire: ${name}`, () => {
          expect(run(id, setup)).toEqual([]);
        });
      }
    });
  }

  it('never shows the secret a plain patch leaks', () => {
    const out = run('baseline/no-plaintext-secrets', {
      patches: P('cluster:\n  token: abcdef.0123456789abcdef\n  secret: c2VjcmV0c2VjcmV0c2VjcmV0'),
    });
    expect(out).toHaveLength(2);
    expect(JSON.stringify(out)).not.toMatch(/0123456789abcdef|c2VjcmV0/);
  });
});
