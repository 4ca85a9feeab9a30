import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  Encrypter,
  armor_exports
} from "./chunk-ND6V7LFJ.js";
import {
  DEFAULT_RULE,
  MAC_ONLY_ENCRYPTED_INIT,
  SopsError,
  clearValueBytes,
  collectYamlLeaves,
  ruleMatcher,
  sealValue,
  sopsBytesOf
} from "./chunk-HLEF6RPP.js";
import {
  require_dist
} from "./chunk-NI2UPSBJ.js";
import {
  __toESM
} from "./chunk-ZD72TYB7.js";

// src/secrets/sops-encrypt.ts
import { createHash, randomBytes } from "node:crypto";
var import_yaml = __toESM(require_dist(), 1);
var INTEGER_SOURCE = /^[-+]?[0-9]+$|^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
var VERSION = "3.9.0";
async function wrapDataKey(dataKey, recipient, file) {
  const encrypter = new Encrypter();
  try {
    encrypter.addRecipient(recipient);
  } catch {
    throw new SopsError("format", `${file}: ${JSON.stringify(recipient)} is not an age recipient`, { file });
  }
  return armor_exports.encode(await encrypter.encrypt(dataKey));
}
function inlineScalar(value) {
  return import_yaml.default.stringify(value, { lineWidth: 0 }).trimEnd();
}
function sopsBlock(stanzas, lastModified, mac, rule, macOnlyEncrypted) {
  const lines = ["sops:", "  kms: []", "  gcp_kms: []", "  azure_kv: []", "  hc_vault: []", "  age:"];
  for (const { recipient, enc } of stanzas) {
    lines.push(`    - recipient: ${recipient}`, "      enc: |");
    for (const line of enc.trimEnd().split("\n")) lines.push(`        ${line}`);
  }
  lines.push(`  lastmodified: "${lastModified}"`, `  mac: ${mac}`, "  pgp: []");
  lines.push(`  ${rule.kind}: ${inlineScalar(rule.value)}`);
  if (macOnlyEncrypted) lines.push("  mac_only_encrypted: true");
  lines.push(`  version: ${VERSION}`);
  return `${lines.join("\n")}
`;
}
async function encryptSopsYaml(plaintext, options) {
  const file = options.file ?? "input";
  const rule = options.rule ?? DEFAULT_RULE;
  const macOnlyEncrypted = options.macOnlyEncrypted ?? false;
  if (options.recipients.length === 0) {
    throw new SopsError("format", `${file}: at least one age recipient is needed`, { file });
  }
  if (rule.value === "") {
    throw new SopsError("format", `${file}: the ${rule.kind} must not be empty`, { file });
  }
  const shouldEncrypt = ruleMatcher(rule, file);
  const lineCounter = new import_yaml.LineCounter();
  const docs = import_yaml.default.parseAllDocuments(plaintext, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs) || docs.length === 0) {
    throw new SopsError("format", `${file}: holds no YAML document`, { file });
  }
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const line = lineCounter.linePos(error.pos[0]).line || void 0;
      throw new SopsError("format", `${file}${line ? `:${line}` : ""}: not valid YAML (${error.code})`, {
        file,
        line
      });
    }
    const root = doc.contents;
    if (root === null || (0, import_yaml.isScalar)(root) && root.value === null) continue;
    if (!(0, import_yaml.isMap)(root)) {
      throw new SopsError("format", `${file}: every document must be a mapping`, { file });
    }
    if (root.items.some((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "sops")) {
      throw new SopsError("format", `${file}: already has a sops key; is it encrypted already?`, { file });
    }
  }
  const dataKey = randomBytes(32);
  const hash = createHash("sha512");
  if (macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_INIT);
  for (const doc of docs) {
    for (const leaf of collectYamlLeaves(doc, lineCounter, file, { aliases: "reject" })) {
      const value = leaf.read();
      if (value === null || value === void 0) continue;
      const label = `${file}${leaf.line ? `:${leaf.line}` : ""}: ${leaf.where}`;
      const where = { file, line: leaf.line, field: leaf.where };
      const encrypt = shouldEncrypt(leaf.path);
      if (!encrypt) {
        const { bytes, uncertain } = clearValueBytes(value, leaf.scalar, "yaml");
        if (uncertain) {
          throw new SopsError(
            "unsupported",
            `${label}: this clear-text value is written in a form sops may read differently; quote it`,
            where
          );
        }
        if (!macOnlyEncrypted) hash.update(bytes);
        continue;
      }
      let typed;
      if (typeof value === "string" || typeof value === "boolean") {
        typed = sopsBytesOf(value, false);
      } else if (typeof value === "number") {
        const source = leaf.scalar?.source;
        const integer = source === void 0 ? Number.isInteger(value) : INTEGER_SOURCE.test(source);
        typed = integer && source !== void 0 ? sopsBytesOf(BigInt(source), true) : sopsBytesOf(value, integer);
      } else {
        throw new SopsError(
          "unsupported",
          `${label}: only strings, numbers and booleans can be encrypted`,
          where
        );
      }
      hash.update(typed.bytes);
      if (typed.bytes.length === 0) continue;
      leaf.write?.(sealValue(typed.bytes, typed.type, dataKey, `${leaf.path.join(":")}:`));
      if (leaf.scalar) {
        leaf.scalar.type = "PLAIN";
        leaf.scalar.tag = void 0;
        leaf.scalar.format = void 0;
      }
    }
  }
  const lastModified = (options.now ?? /* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z");
  const mac = sealValue(Buffer.from(hash.digest("hex").toUpperCase()), "str", dataKey, lastModified);
  const stanzas = [];
  for (const recipient of options.recipients) {
    stanzas.push({ recipient, enc: await wrapDataKey(dataKey, recipient, file) });
  }
  const block = sopsBlock(stanzas, lastModified, mac, rule, macOnlyEncrypted);
  const out = docs.map((doc) => {
    import_yaml.default.visit(doc, (_key, node) => {
      if (import_yaml.default.isNode(node)) {
        node.comment = null;
        node.commentBefore = null;
      }
    });
    const root = doc.contents;
    if (!(0, import_yaml.isMap)(root) || root.items.length === 0) return block;
    root.flow = false;
    return import_yaml.default.stringify(root, { lineWidth: 0, indent: 2 }) + block;
  });
  return out.join("---\n");
}

export {
  encryptSopsYaml
};
