/**
 * Reading a rendered plan the way GitHub does, enough to assert the structure a reviewer relies on:
 * what is inside code fences and what is not, the summary table, and the `<details>` nesting.
 */

export interface Structure {
  /** Lines outside fenced code blocks. */
  outside: string[];
  /** Bodies of fenced code blocks, with their info string. */
  fences: Array<{ lang: string; body: string }>;
  /** Whether a fence was left open at the end. */
  unclosedFence: boolean;
}

/** CommonMark fences: a run of 3+ backticks opens; a line of at least as many backticks only closes. */
export function structure(md: string): Structure {
  const outside: string[] = [];
  const fences: Structure['fences'] = [];
  let open: { ticks: number; lang: string; lines: string[] } | undefined;
  for (const line of md.split('\n')) {
    if (open) {
      const close = /^ {0,3}(`{3,})\s*$/.exec(line);
      if (close && close[1]!.length >= open.ticks) {
        fences.push({ lang: open.lang, body: open.lines.join('\n') });
        open = undefined;
      } else {
        open.lines.push(line);
      }
      continue;
    }
    const start = /^ {0,3}(`{3,})([^`]*)$/.exec(line);
    if (start) {
      open = { ticks: start[1]!.length, lang: start[2]!.trim(), lines: [] };
      continue;
    }
    outside.push(line);
  }
  return { outside, fences, unclosedFence: open !== undefined };
}

/** A line with its code spans removed (a backtick run closes only on a run of the same length). */
export function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i];
      i++;
      continue;
    }
    let j = i;
    while (line[j] === '`') j++;
    const run = line.slice(i, j);
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = j;
    const m = close.exec(line);
    if (!m) {
      out += run;
      i = j;
      continue;
    }
    out += '<code/>';
    i = m.index + run.length;
  }
  return out;
}

/** Markdown outside fenced blocks and code spans: where text could turn into HTML, links or mentions. */
export function liveText(md: string): string {
  return structure(md).outside.map(withoutCodeSpans).join('\n');
}

/** `<details>` tags outside code: every one closed, never closed before it opened. */
export function detailsBalance(md: string): { opened: number; closed: number; balanced: boolean } {
  let depth = 0;
  let opened = 0;
  let closed = 0;
  let balanced = true;
  for (const line of liveText(md).split('\n')) {
    for (const tag of line.match(/<\/?details\b[^>]*>/g) ?? []) {
      if (tag.startsWith('</')) {
        closed++;
        depth--;
        if (depth < 0) balanced = false;
      } else {
        opened++;
        depth++;
      }
    }
  }
  return { opened, closed, balanced: balanced && depth === 0 };
}

/** Cells of a GFM table row (pipes escaped with a backslash do not split). */
export function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The summary table: header cells and data rows, read from the first table in the document. */
export function summaryTable(md: string): { header: string[]; rows: string[][] } {
  const lines = structure(md).outside;
  const start = lines.findIndex((l) => l.startsWith('| Cluster |'));
  if (start < 0) return { header: [], rows: [] };
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
  return { header: cells(lines[start]!), rows };
}
