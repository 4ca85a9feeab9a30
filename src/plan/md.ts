/**
 * Markdown and HTML escaping for text taken from a plan (names, messages, paths, diffs). Anything a
 * pull request author controls can end up in the comment, so it must not be able to open or close
 * `<details>`, start a table row, mention people, or break out of a code fence.
 */

// C0/C1 controls (tab and newline handled separately), plus bidirectional overrides and isolates,
// which can make a reviewer read text in a different order than it is (CVE-2021-42574).
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text: line breaks and tabs become spaces, control and bidi characters go. */
export function oneLine(s: string): string {
  return s
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(INVISIBLE, '')
    .trim();
}

/** `@name` would notify a person or team; a zero-width space after `@` keeps the text, not the ping. */
function noMentions(s: string): string {
  return s.replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}

/**
 * Inline markdown text: safe in paragraphs, list items, headings and table cells. `[`/`]` are
 * escaped, so `(`, `)` and `!` cannot form links or images; callers never start a line with it.
 */
export function mdText(s: string): string {
  const t = oneLine(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
  return noMentions(t);
}

/**
 * Text inside an HTML block (`<summary>`). HTML specials become entities, and so do the characters
 * markdown would act on, in case a renderer parses markdown there after all (an entity never counts
 * as syntax). The text stays on one line, as a blank line would end the HTML block.
 */
export function htmlText(s: string): string {
  const t = oneLine(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[[\]`*_|~\\]/g, (c) => `&#${c.charCodeAt(0)};`);
  return noMentions(t);
}

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** An inline code span that survives backticks in the text (not for table cells: `|` splits cells). */
export function mdCode(s: string): string {
  const t = oneLine(s);
  if (t === '') return '` `';
  const ticks = '`'.repeat(longestRun(t, '`') + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

/** `<code>` for HTML blocks. */
export function htmlCode(s: string): string {
  return `<code>${htmlText(s)}</code>`;
}

/** Multi-line text for a fenced block: newlines normalized, controls and bidi characters removed. */
export function blockText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(/\n+$/, '');
}

/**
 * A fenced code block whose fence is longer than any run of backticks inside, so no line of the body
 * can close it; the body cannot end the surrounding `<details>` either, as fenced content is literal.
 */
export function fence(body: string, lang = ''): string {
  const text = blockText(body);
  const ticks = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/** `s` when n is 1, else `p` (default: `s` + "s"). */
export function plural(n: number, s: string, p = `${s}s`): string {
  return `${n} ${n === 1 ? s : p}`;
}
