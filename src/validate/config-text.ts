/**
 * Validation of a lone machine-config file (plain YAML, as `talosctl validate -c FILE --mode metal`):
 * the schema layer first (so unknown fields, wrong types and enum values are all reported with their
 * lines), then, when the file loads, Talos's semantic rules.
 */
import { ConfigDecodeError, classifyDocument } from '../config/decode.js';
import { loadConfig } from '../config/patch.js';
import { TalosGitopsError } from '../errors.js';
import type { ValidationOptions } from '../kinds/context.js';
import { validateDocuments } from '../kinds/validate.js';
import { type Contract, contractForVersion, NEWEST_CONTRACT, newerVersionMessage } from '../model/model.js';
import { registerSecretPaths } from '../render/secret-walk.js';
import { SecretRegistry } from '../secrets/registry.js';
import { parseYamlDocuments, type YDocument } from '../yaml/ynode.js';
import { formatPath } from './paths.js';
import { place } from './place.js';
import type { FailOn } from './result.js';
import { findDeprecated } from './schema/deprecated.js';
import { plainFromYaml, pointerSeg } from './schema/plain.js';
import { validatePlainDocument } from './schema/validate.js';
import type { Finding } from './types.js';
import { finishResult, type ValidationResult } from './validate-fleet.js';

function decodeRule(message: string): string {
  if (/^(duplicate|conflicting)/.test(message)) return 'talos/conflicting-documents';
  if (/unknown field/.test(message)) return 'schema/unknown-field';
  return 'schema/decode';
}

export function validateConfigText(
  text: string,
  file: string,
  contract: Contract,
  opts: { failOn?: FailOn } & ValidationOptions = {},
): ValidationResult {
  const findings: Finding[] = [];
  const add = (rule: string, severity: Finding['severity'], message: string, line?: number, path?: string) =>
    findings.push({ rule, severity, message, file, ...(path ? { path } : {}), ...(line ? { line } : {}) });
  let docs: YDocument[];
  try {
    docs = parseYamlDocuments(text, file);
  } catch (e) {
    const err = e as TalosGitopsError;
    add('schema/yaml', 'error', err.message, err.line);
    return finishResult(findings, opts);
  }
  for (const yd of docs) {
    const root = yd.root;
    if (!root || (root.t === 'scalar' && ['', '~', 'null'].includes(root.text))) continue;
    if (root.t !== 'map') {
      add('schema/invalid', 'error', 'a config document must be a mapping', yd.pos?.line);
      continue;
    }
    let kind: ReturnType<typeof classifyDocument>;
    try {
      kind = classifyDocument(root, file, yd.pos?.line, contract);
    } catch (e) {
      const err = e as TalosGitopsError;
      add('schema/unknown-kind', 'error', err.message, err.line);
      continue;
    }
    const plain = plainFromYaml(root);
    const label = kind.def.named ? `${kind.kind}/${kind.name ?? ''}` : kind.kind;
    const prefix = kind.kind === 'v1alpha1' ? '' : `${label}.`;
    for (const i of validatePlainDocument(kind.def, contract, plain)) {
      const path = formatPath(i.segs);
      add(i.rule, i.severity, i.message, i.line ?? yd.pos?.line, path ? prefix + path : label);
    }
    for (const d of findDeprecated(plain.value, kind.def.type, contract)) {
      const ptr = d.segs.map((s) => `/${pointerSeg(s)}`).join('');
      add(
        'schema/deprecated',
        'notice',
        d.message,
        plain.keys.get(ptr)?.pos?.line,
        prefix + formatPath(d.segs),
      );
    }
  }
  if (!findings.some((f) => f.severity === 'error')) {
    try {
      const decoded = loadConfig(text, file, contract);
      for (const issue of validateDocuments(decoded, contract, opts)) findings.push(place(issue, { file }));
    } catch (e) {
      if (e instanceof ConfigDecodeError)
        for (const i of e.issues) add(i.rule ?? decodeRule(i.message), 'error', i.message, i.line, i.field);
      else if (e instanceof TalosGitopsError) add(decodeRule(e.message), 'error', e.message, e.line, e.field);
      else throw e;
    }
  }
  return finishResult(findings, opts);
}

export interface ConfigFileOptions extends ValidationOptions {
  /** The Talos version the config is for (default: the newest contract). */
  talosVersion?: string;
  failOn?: FailOn;
}

/**
 * A lone machine config checked exactly as `talosctl validate --config FILE --mode M [--strict]` would
 * (one machine config, or multi-document configs without v1alpha1). A Talos version newer than the
 * newest contract is validated under it, with a warning that says so.
 */
export function validateConfigFile(
  text: string,
  file: string,
  opts: ConfigFileOptions = {},
): ValidationResult {
  const version = opts.talosVersion;
  const resolved = version ? contractForVersion(version) : { contract: NEWEST_CONTRACT };
  if (!resolved)
    throw new TalosGitopsError(
      `unsupported Talos version ${version}: the oldest version contract is 1.10 (supported: 1.10 to ${NEWEST_CONTRACT} and newer)`,
    );
  const result = validateConfigText(text, file, resolved.contract, opts);
  const findings = [...result.findings];
  if (resolved.newerThanKnown)
    findings.unshift({
      rule: 'talos/newer-version',
      severity: 'warning',
      message: newerVersionMessage(version!),
      file,
    });
  // messages never quote secret values; the file's own secrets are scrubbed from them all the same
  const registry = new SecretRegistry();
  try {
    registerSecretPaths(loadConfig(text, file, resolved.contract), registry);
  } catch {
    // a config that does not load has its findings already; nothing more to register
  }
  return finishResult(findings, { ...opts, redact: (t) => registry.redact(t) });
}
