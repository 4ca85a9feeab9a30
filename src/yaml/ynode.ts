/**
 * A minimal YAML node tree the engine decodes configs from. It keeps what go-yaml's decoder sees
 * (a scalar's text and whether it was quoted), plus the source line of every node, so every error and
 * finding can name the file and line. Built from the `yaml` package's AST or from plain JS values.
 */
import YAML from 'yaml';
import { TalosGitopsError } from '../errors.js';
import { parsePlainBlockYaml } from './plain-block.js';

export interface Pos {
  line: number;
  column: number;
}

/**
 * `hidden`: the text is secret (it came from a SOPS-decrypted file, or sits at a secret field), so
 * messages describe its shape and never quote it.
 */
export type YScalar = { t: 'scalar'; text: string; quoted: boolean; pos?: Pos; hidden?: true };
export type YEntry = { key: YScalar; value: YNode };
export type YMap = { t: 'map'; entries: YEntry[]; pos?: Pos };
export type YSeq = { t: 'seq'; items: YNode[]; pos?: Pos };
export type YNode = YScalar | YMap | YSeq;

export interface YDocument {
  /** null for an empty document (only comments or nothing). */
  root: YNode | null;
  /** 0-based index of the document in its file. */
  index: number;
  pos?: Pos;
}

export function isNullScalar(n: YNode | undefined | null): boolean {
  return !n || (n.t === 'scalar' && !n.quoted && ['', '~', 'null', 'Null', 'NULL'].includes(n.text));
}

export function mapGet(m: YMap, key: string): YNode | undefined {
  for (const e of m.entries) if (e.key.text === key) return e.value;
  return undefined;
}

export function scalarText(n: YNode | undefined): string | undefined {
  return n && n.t === 'scalar' ? n.text : undefined;
}

/**
 * Values YAML aliases may expand to in one file. Real configs alias a few small values; a pull
 * request's "billion laughs" (aliases of aliases) would otherwise expand exponentially.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/**
 * Parses every document of a YAML file. Syntax errors name the file and line. Duplicate keys are
 * found here in linear time (the parser's own check compares every key with every other).
 */
export function parseYamlDocuments(text: string, file: string): YDocument[] {
  checkFlowNesting(text, file);
  return parsePlainBlockYaml(text) ?? yamlPackageDocuments(text, file);
}

/** parseYamlDocuments by the `yaml` package alone (what the fast path is held to). */
export function yamlPackageDocuments(text: string, file: string): YDocument[] {
  const lineCounter = new YAML.LineCounter();
  const docs = YAML.parseAllDocuments(text, {
    schema: 'failsafe',
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: YDocument[] = [];
  list.forEach((doc, index) => {
    const err = doc.errors[0];
    if (err) {
      const pos = lineCounter.linePos(err.pos[0]);
      const what = err.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'invalid YAML';
      throw new TalosGitopsError(`${what}: ${firstLine(err.message)}`, {
        file,
        line: pos.line,
        column: pos.col,
      });
    }
    const converter = new AstConverter(doc, lineCounter, file);
    const root = doc.contents === null ? null : converter.node(doc.contents as YAML.Node);
    const start = doc.contents ? lineCounter.linePos((doc.contents as YAML.Node).range?.[0] ?? 0) : undefined;
    out.push({ root, index, pos: start ? { line: start.line, column: start.col } : undefined });
  });
  return out;
}

/** Flow collections (`[`, `{`) nested deeper than this are refused before parsing. */
export const MAX_FLOW_DEPTH = 256;

/**
 * The parser takes time growing with the square of flow nesting (and gives up with a stack overflow),
 * so deep nesting is refused by one scan first. Quoted strings and comments are skipped; brackets in
 * block scalars count, which only matters past 256 of them.
 */
function checkFlowNesting(text: string, file: string): void {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) {
        throw new TalosGitopsError(`YAML nested more than ${MAX_FLOW_DEPTH} levels deep`, { file, line });
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    else if (c === 35 && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) i++;
    } else if (c === 34 || c === 39) {
      // a quote opens a string only where a value may start
      const prev = text.slice(Math.max(0, i - 2), i);
      if (i > 0 && !/(^|[\s:,[{-])\s*$/.test(prev)) continue;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 10) line++;
        if (c === 34 && d === 92) i++;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(i + 1) === 39) i++;
          else break;
        }
      }
    }
  }
}

function firstLine(msg: string): string {
  return msg.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

class AstConverter {
  private depth = 0;
  /** Values produced by expanding aliases so far (they count every time they are expanded). */
  private expanded = 0;
  private inAlias = 0;
  /** The outermost alias being expanded, for the error. */
  private aliasLine: number | undefined;
  private readonly targets = new Map<YAML.Alias, unknown>();
  constructor(
    private readonly doc: YAML.Document.Parsed,
    private readonly lc: YAML.LineCounter,
    private readonly file: string,
  ) {}

  private pos(n: YAML.Node): Pos | undefined {
    const off = n.range?.[0];
    if (off === undefined) return undefined;
    const p = this.lc.linePos(off);
    return { line: p.line, column: p.col };
  }

  /**
   * A scalar's text as go-yaml sees it. Works for any schema the document was parsed with: quoted and
   * block scalars are strings; plain ones keep their source text; values replaced after parsing (SOPS
   * decryption) carry no source and are taken by their JS type.
   */
  private scalar(n: YAML.Scalar): YScalar {
    const pos = this.pos(n);
    const quotedStyle =
      n.type === 'QUOTE_DOUBLE' ||
      n.type === 'QUOTE_SINGLE' ||
      n.type === 'BLOCK_LITERAL' ||
      n.type === 'BLOCK_FOLDED';
    if (quotedStyle || n.tag === 'tag:yaml.org,2002:str')
      return { t: 'scalar', text: String(n.value ?? ''), quoted: true, pos };
    if (typeof n.value === 'string')
      return { t: 'scalar', text: n.value, quoted: n.source === undefined && n.type === undefined, pos };
    if (typeof n.source === 'string') return { t: 'scalar', text: n.source, quoted: false, pos };
    if (n.value === null || n.value === undefined) return { t: 'scalar', text: '', quoted: false, pos };
    return { t: 'scalar', text: String(n.value), quoted: false, pos };
  }

  node(n: YAML.Node | null | undefined): YNode {
    if (n === null || n === undefined) return { t: 'scalar', text: '', quoted: false };
    if (++this.depth > 1_000)
      throw new TalosGitopsError('YAML nested more than 1,000 levels deep', {
        file: this.file,
        line: this.pos(n)?.line,
      });
    if (this.inAlias > 0 && ++this.expanded > MAX_ALIAS_EXPANSION) {
      throw new TalosGitopsError(
        `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values (aliases of aliases?)`,
        { file: this.file, line: this.aliasLine },
      );
    }
    try {
      if (YAML.isAlias(n)) {
        // resolve() searches the whole document for the anchor: once per alias node is enough
        let target = this.targets.get(n);
        if (target === undefined) {
          target = n.resolve(this.doc) ?? null;
          this.targets.set(n, target);
        }
        if (!target)
          throw new TalosGitopsError(`unknown alias *${n.source}`, {
            file: this.file,
            line: this.pos(n)?.line,
          });
        if (this.inAlias++ === 0) this.aliasLine = this.pos(n)?.line;
        try {
          return this.node(target as YAML.Node);
        } finally {
          this.inAlias--;
        }
      }
      if (YAML.isScalar(n)) return this.scalar(n);
      if (YAML.isMap(n)) {
        const entries: YEntry[] = [];
        const seen = new Set<string>();
        for (const pair of n.items) {
          const k = this.node(pair.key as YAML.Node);
          if (k.t !== 'scalar') {
            throw new TalosGitopsError('mapping keys must be scalars', {
              file: this.file,
              line: k.pos?.line,
            });
          }
          if (k.text === '<<' && !k.quoted) {
            throw new TalosGitopsError('YAML merge keys (<<) are not supported in Talos configs', {
              file: this.file,
              line: k.pos?.line,
            });
          }
          if (seen.has(k.text)) {
            throw new TalosGitopsError(
              `duplicate key: ${JSON.stringify(k.text)} is already a key of this mapping`,
              {
                file: this.file,
                line: k.pos?.line,
                column: k.pos?.column,
              },
            );
          }
          seen.add(k.text);
          entries.push({ key: k, value: this.node(pair.value as YAML.Node) });
        }
        return { t: 'map', entries, pos: this.pos(n) };
      }
      if (YAML.isSeq(n)) {
        return { t: 'seq', items: n.items.map((i) => this.node(i as YAML.Node)), pos: this.pos(n) };
      }
      throw new TalosGitopsError('unsupported YAML node', { file: this.file, line: this.pos(n)?.line });
    } finally {
      this.depth--;
    }
  }
}

/** Marks every scalar of a tree as secret text (in place). */
export function hideTree(n: YNode): void {
  const stack: YNode[] = [n];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x.t === 'scalar') x.hidden = true;
    else if (x.t === 'map') for (const e of x.entries) stack.push(e.value);
    else for (const i of x.items) stack.push(i);
  }
}

/**
 * YAML documents parsed elsewhere (decrypted SOPS files), with their line counter. Every value is
 * marked hidden: nothing that came out of a SOPS file is ever quoted in a message.
 */
export function fromParsedDocuments(
  docs: YAML.Document.Parsed[],
  lineCounter: YAML.LineCounter,
  file: string,
): YDocument[] {
  return docs.map((doc, index) => {
    const converter = new AstConverter(doc, lineCounter, file);
    const root = doc.contents === null ? null : converter.node(doc.contents as YAML.Node);
    if (root) hideTree(root);
    const start = doc.contents ? lineCounter.linePos((doc.contents as YAML.Node).range?.[0] ?? 0) : undefined;
    return { root, index, pos: start ? { line: start.line, column: start.col } : undefined };
  });
}

/** Plain JS data (generated configs, JSON) as a node tree; strings count as quoted so they stay strings. */
export function fromJS(v: unknown): YNode {
  if (v === null || v === undefined) return { t: 'scalar', text: 'null', quoted: false };
  if (typeof v === 'string') return { t: 'scalar', text: v, quoted: true };
  if (typeof v === 'number' || typeof v === 'bigint') return { t: 'scalar', text: String(v), quoted: false };
  if (typeof v === 'boolean') return { t: 'scalar', text: v ? 'true' : 'false', quoted: false };
  if (Array.isArray(v)) return { t: 'seq', items: v.map(fromJS) };
  if (typeof v === 'object') {
    return {
      t: 'map',
      entries: Object.entries(v as Record<string, unknown>).map(([k, val]) => ({
        key: { t: 'scalar', text: k, quoted: true } as YScalar,
        value: fromJS(val),
      })),
    };
  }
  throw new Error(`cannot represent ${typeof v} as YAML`);
}
