import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  encryptSopsYaml
} from "./chunk-3QKKBY2X.js";
import {
  createAggregatorCa,
  createEtcdCa,
  createKubernetesCa,
  createTalosOsCa
} from "./chunk-AAVGJGMG.js";
import {
  exportTalosKeyPem,
  generateRsaKey
} from "./chunk-S72DQVPL.js";
import "./chunk-ND6V7LFJ.js";
import "./chunk-HLEF6RPP.js";
import {
  contractForVersion,
  list,
  parseArgs,
  require_dist,
  str
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import "./chunk-XKE3C3WH.js";
import {
  __toESM
} from "./chunk-ZD72TYB7.js";

// src/cli/commands/init.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/secrets/gen-secrets.ts
import { randomBytes, randomInt } from "node:crypto";
var TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
function token(length) {
  let s = "";
  for (let i = 0; i < length; i++) s += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return s;
}
function newToken() {
  return `${token(6)}.${token(16)}`;
}
var b64 = (s) => Buffer.from(s, "utf8").toString("base64");
async function generateSecretsBundle(now = /* @__PURE__ */ new Date()) {
  const os = createTalosOsCa(now);
  const etcd = createEtcdCa(now);
  const k8s = createKubernetesCa(now);
  const aggregator = createAggregatorCa(now);
  const serviceAccount = exportTalosKeyPem(await generateRsaKey(4096));
  return {
    cluster: { id: randomBytes(32).toString("base64"), secret: randomBytes(32).toString("base64") },
    secrets: { bootstraptoken: newToken(), secretboxencryptionsecret: randomBytes(32).toString("base64") },
    trustdinfo: { token: newToken() },
    certs: {
      etcd: { crt: b64(etcd.crt), key: b64(etcd.key) },
      k8s: { crt: b64(k8s.crt), key: b64(k8s.key) },
      k8saggregator: { crt: b64(aggregator.crt), key: b64(aggregator.key) },
      k8sserviceaccount: { key: b64(serviceAccount) },
      os: { crt: b64(os.crt), key: b64(os.key) }
    }
  };
}

// src/cli/commands/init.ts
var INIT_HELP = `Usage: talos-gitops init NAME --recipient AGE_RECIPIENT... [--repo DIR] [--clusters-dir DIR]
                         [--talos-version V] [--endpoint URL] [--stage STAGE]

Creates clusters/NAME/ with a fresh Talos secrets bundle (secrets.sops.yaml, SOPS+age encrypted to every
--recipient) and a starter cluster.yaml. Refuses to touch an existing folder: secrets are never replaced.`;
async function initCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    recipient: { value: true, multiple: true, short: "r" },
    repo: { value: true },
    "clusters-dir": { value: true },
    "talos-version": { value: true },
    endpoint: { value: true },
    stage: { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${INIT_HELP}
`);
    return 0;
  }
  const name = positionals[0];
  if (!name || positionals.length !== 1 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) {
    throw new TalosGitopsError("init takes one cluster NAME (lower-case letters, digits, dashes)");
  }
  const recipients = list(flags.recipient);
  if (recipients.length === 0)
    throw new TalosGitopsError("init needs at least one --recipient (an age public key, age1...)");
  const talosVersion = str(flags["talos-version"]) ?? "v1.13.9";
  if (!contractForVersion(talosVersion))
    throw new TalosGitopsError(`unsupported --talos-version ${talosVersion} (1.10 or newer)`);
  const endpoint = str(flags.endpoint) ?? "https://10.0.0.100:6443";
  const dir = path.resolve(io.cwd, str(flags.repo) ?? ".", str(flags["clusters-dir"]) ?? "clusters", name);
  if (existsSync(dir))
    throw new TalosGitopsError(`${dir} already exists; init never overwrites a cluster or its secrets`);
  const bundle = await generateSecretsBundle();
  const encrypted = await encryptSopsYaml(import_yaml.default.stringify(bundle), { recipients });
  const clusterYaml = `# yaml-language-server: $schema=../../schemas/cluster.schema.json
name: ${name}
stage: ${str(flags.stage) ?? "staging"}
talosVersion: ${talosVersion}
endpoint: ${endpoint}
secrets: secrets.sops.yaml
patches: []
nodes:
  - name: ${name}-cp-1
    address: 10.0.0.10
    role: controlplane
`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "secrets.sops.yaml"), encrypted, { flag: "wx" });
  writeFileSync(path.join(dir, "cluster.yaml"), clusterYaml, { flag: "wx" });
  io.out(
    `created ${path.relative(io.cwd, dir) || dir}/ (secrets.sops.yaml encrypted for ${recipients.length} recipient(s), cluster.yaml)
`
  );
  return 0;
}
export {
  INIT_HELP,
  initCommand
};
