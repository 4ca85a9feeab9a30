/**
 * Where a line of a rendered config sits: its document (`v1alpha1`, `LinkConfig eth0`) and its YAML
 * path (`machine.network.interfaces[0].addresses[0]`). Rendered configs are block-style YAML (one key
 * or list item per line), so one pass over the document's lines with a stack of open keys and list
 * items finds the path; the lines of a block scalar (`contents: |`) belong to its key.
 */

export interface LineLocation {
  /** `v1alpha1`, or the kind followed by the document's name. */
  document: string;
  /** Dotted path with list indices; '' for a document-level line. */
  path: string;
}

type Entry = { col: number; key: string } | { col: number; index: number };

interface Line {
  indent: number;
  /** Columns of the `- ` markers the line starts with. */
  dashes: number[];
  /** Column of the content after the markers. */
  content: number;
  key?: string;
  /** The key's value opens a block scalar (`|`, `>-`, …). */
  block: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"-][^:#]*?|-[^\s:][^:#]*?):(?:\s+(.*))?$/;

function unquote(k: string): string {
  if (k.startsWith('"')) {
    try {
      return JSON.parse(k) as string;
    } catch {
      return k.slice(1, -1);
    }
  }
  if (k.startsWith("'")) return k.slice(1, -1).replace(/''/g, "'");
  return k;
}

function parse(text: string): Line | undefined {
  if (text.trim() === '' || /^\s*#/.test(text)) return undefined;
  const indent = text.length - text.trimStart().length;
  let rest = text.slice(indent);
  const dashes: number[] = [];
  let content = indent;
  while (rest === '-' || rest.startsWith('- ')) {
    dashes.push(content);
    rest = rest.slice(2).replace(/^ +/, (s) => {
      content += s.length;
      return '';
    });
    content += 2;
  }
  const m = KEY.exec(rest);
  if (!m) return { indent, dashes, content, block: false };
  return { indent, dashes, content, key: unquote(m[1]!), block: /^[|>][-+0-9]*\s*$/.test(m[2] ?? '') };
}

const segment = (key: string) => (/^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key));

function pathOf(stack: readonly Entry[]): string {
  let out = '';
  for (const e of stack) {
    if ('key' in e) out += out ? `.${segment(e.key)}` : segment(e.key);
    else out += `[${e.index}]`;
  }
  return out;
}

function documentLabel(lines: readonly string[], start: number, end: number): string {
  let kind: string | undefined;
  let name: string | undefined;
  for (let i = start; i < end; i++) {
    const m = /^(kind|name):\s*(.+?)\s*$/.exec(lines[i]!);
    if (m?.[1] === 'kind') kind ??= unquote(m[2]!);
    if (m?.[1] === 'name') name ??= unquote(m[2]!);
  }
  if (!kind) return 'v1alpha1';
  return name ? `${kind} ${name}` : kind;
}

/** The location of `lines[index]` (0-based). */
export function locateLine(lines: readonly string[], index: number): LineLocation {
  let start = index;
  while (start > 0 && lines[start - 1] !== '---') start--;
  let end = index;
  while (end < lines.length && lines[end] !== '---') end++;
  const document = documentLabel(lines, start, end);

  const stack: Entry[] = [];
  let blockCol = -1;
  for (let i = start; i <= index && i < lines.length; i++) {
    const text = lines[i]!;
    if (blockCol >= 0) {
      const ind = text.length - text.trimStart().length;
      if (text.trim() === '' || ind > blockCol) continue;
      blockCol = -1;
    }
    const line = parse(text);
    if (!line) continue;
    // Close what this line is not inside of, remembering the index of a sibling list item.
    const popped = new Map<number, number>();
    const first = line.dashes[0];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const deeper = top.col > line.indent;
      const same = top.col === line.indent && ('index' in top || first === undefined);
      if (!deeper && !same) break;
      stack.pop();
      if ('index' in top) popped.set(top.col, top.index);
    }
    for (const col of line.dashes) {
      const prev = popped.get(col);
      stack.push({ col, index: prev === undefined ? 0 : prev + 1 });
      for (const c of [...popped.keys()]) if (c > col) popped.delete(c);
    }
    if (line.key !== undefined) {
      stack.push({ col: line.content, key: line.key });
      if (line.block) blockCol = line.content;
    }
  }
  return { document, path: pathOf(stack) };
}

/** `document › path`, as hunk headers and references show it. */
export function locationLabel(l: LineLocation): string {
  return l.path ? `${l.document} › ${l.path}` : l.document;
}
