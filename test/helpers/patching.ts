/** Small helpers for patch tests: patch YAML text the way `talos-gitops patch` does, in memory. */
import { applyPatches, type ConfigState, loadPatch, stateText } from '../../src/config/patch.js';
import type { Contract } from '../../src/model/model.js';
import { parseYamlDocuments } from '../../src/yaml/ynode.js';

export function patchText(
  base: string,
  patches: Array<string | { text: string; file: string }>,
  contract?: Contract,
): string {
  const loaded = patches.map((p, i) =>
    typeof p === 'string'
      ? loadPatch(p, `patch${i + 1}.yaml`, { contract })
      : loadPatch(p.text, p.file, { contract }),
  );
  const empty = parseYamlDocuments(base, 'base.yaml').every((d) => d.root === null);
  const state: ConfigState = empty ? { docs: [] } : { text: base };
  return stateText(applyPatches(state, loaded, 'base.yaml', contract), contract);
}

/** Dedents a template literal so YAML fixtures can be indented with the test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines
    .map((l) => l.slice(indent))
    .join('\n')
    .replace(/\s+$/, '\n');
}
