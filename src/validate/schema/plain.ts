/**
 * The plain JSON form schemas validate: from YAML nodes (resolving plain scalars the way go-yaml does,
 * and remembering each value's node by JSON pointer for lines and for the decoding keywords), and from
 * decoded documents (special values turned back into their YAML form by their codec).
 */
import { anyToPlain, CODECS, decodeAny } from '../../config/codecs.js';
import { type Contract, structInfo, type TypeExpr } from '../../model/model.js';
import type { YNode, YScalar } from '../../yaml/ynode.js';

export interface PlainFromYaml {
  value: unknown;
  /** Value nodes by JSON pointer (`/machine/install/disk`). */
  nodes: Map<string, YNode>;
  /** Mapping key nodes by the JSON pointer of their value. */
  keys: Map<string, YScalar>;
}

export function pointerSeg(s: string | number): string {
  return String(s).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function parsePointer(p: string): Array<string | number> {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A scalar as go-yaml reads it into an interface{} (numbers as JSON numbers). */
function scalarValue(n: YScalar): unknown {
  return anyToPlain(decodeAny(n));
}

export function plainFromYaml(root: YNode): PlainFromYaml {
  const nodes = new Map<string, YNode>();
  const keys = new Map<string, YScalar>();
  const walk = (n: YNode, ptr: string): unknown => {
    nodes.set(ptr, n);
    if (n.t === 'scalar') return scalarValue(n);
    if (n.t === 'seq') return n.items.map((item, i) => walk(item, `${ptr}/${i}`));
    const out: Record<string, unknown> = {};
    for (const e of n.entries) {
      const p = `${ptr}/${pointerSeg(e.key.text)}`;
      keys.set(p, e.key);
      out[e.key.text] = walk(e.value, p);
    }
    return out;
  };
  return { value: walk(root, ''), nodes, keys };
}

/** A decoded document body as plain JSON, field by field through the model. */
export function plainFromDecoded(v: unknown, t: TypeExpr, contract: Contract): unknown {
  if (v === undefined || v === null) return v;
  switch (t.k) {
    case 'scalar':
      return typeof v === 'bigint' ? Number(v) : v;
    case 'special':
      return CODECS[t.name].toPlain(v);
    case 'list':
      return (v as unknown[]).map((i) => plainFromDecoded(i, t.of, contract));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as object)) out[k] = plainFromDecoded(x, t.of, contract);
      return out;
    }
    case 'struct': {
      if (t.empty) return {};
      const out: Record<string, unknown> = {};
      const o = v as Record<string, unknown>;
      for (const f of structInfo(t.ref, contract).fields) {
        if (o[f.name] !== undefined) out[f.name] = plainFromDecoded(o[f.name], f.type, contract);
      }
      return out;
    }
  }
}
