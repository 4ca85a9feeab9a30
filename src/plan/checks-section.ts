/**
 * "This pull request changes its own checks": what the head changes in the policies, packs and
 * waivers that judge it, with what each change does to the findings. The plan is judged by the
 * base's checks (validate/judged-by-base.ts); these changes count from the merge on. One wording for
 * the comment and the terminal; the list is bounded, as the comment always carries it whole.
 */
import type { ChecksChange, Effect } from '../validate/judged-by-base.js';
import { mdCode, mdText, plural } from './md.js';
import { nameList } from './node-list.js';

/** Items listed before "… and N more"; the rest are in the JSON report. */
export const CHECK_ITEMS = 25;
/** Characters of a waiver's reason shown (a reason is free text of the pull request). */
const REASON_CHARS = 120;

interface Style {
  text: (s: string) => string;
  code: (s: string) => string;
  strong: (s: string) => string;
}

const MD: Style = { text: mdText, code: mdCode, strong: (s) => `**${s}**` };
const PLAIN: Style = { text: (s) => s, code: (s) => s, strong: (s) => s };

const at = (file: string, line?: number) => `${file}${line ? `:${line}` : ''}`;
const findings = (n: number) => plural(n, 'finding');
const packList = (packs: readonly string[], st: Style) =>
  packs.length ? packs.map(st.code).join(', ') : st.text('none');
const clip = (s: string) => (s.length > REASON_CHARS ? `${s.slice(0, REASON_CHARS)}…` : s);
const nodesOf = (nodes: readonly string[], st: Style) =>
  nodes.length === 0 || nodes.includes('*') ? 'every node' : nameList(nodes, 8, st.code);

function effect(e: Effect, nowWord: string, mergedWord: string): string {
  return `${nowWord} ${findings(e.now)} in this plan; ${mergedWord} ${findings(e.merged)} from the merge on`;
}

function items(checks: ChecksChange, st: Style): string[] {
  const out: string[] = [];
  for (const r of checks.rules) {
    const rule = `rule ${st.code(r.id)} (${r.severity})`;
    const where = st.code(at(r.file, r.line));
    if (r.change === 'removed')
      out.push(
        `${st.strong('removed')} ${rule} (${where} at the base): it still judges this plan ` +
          `(${findings(r.now)}); from the merge on it judges nothing`,
      );
    else if (r.change === 'added')
      out.push(
        `${st.strong('new')} ${rule} at ${where}: judges from the merge on (${findings(r.merged)} then)`,
      );
    else
      out.push(
        `${st.strong('changed')} ${rule} at ${where}: the base's version judges this plan ` +
          `(${effect(r, 'reports', 'the new one reports')})`,
      );
  }
  for (const p of checks.packs) {
    const where = st.code(at(p.file, p.line));
    if (p.newCluster)
      out.push(
        `${st.strong('new cluster')} ${st.text(p.cluster)} asks for packs ${packList(p.after, st)} (${where}): ` +
          `it is judged by the default packs ${packList(p.before, st)} until the merge ` +
          `(${effect(p, 'their', 'its own packs add')})`,
      );
    else {
      const dropped = p.before.filter((x) => !p.after.includes(x));
      const added = p.after.filter((x) => !p.before.includes(x));
      const said = [
        dropped.length ? `${packList(dropped, st)} still judges this plan (${findings(p.now)})` : '',
        added.length ? `${packList(added, st)} judges from the merge on (${findings(p.merged)} then)` : '',
      ].filter(Boolean);
      out.push(
        `${st.strong('packs')} of cluster ${st.text(p.cluster)}: ${packList(p.before, st)} → ${packList(p.after, st)} ` +
          `(${where}): ${said.join('; ')}`,
      );
    }
  }
  for (const w of checks.waivers) {
    const what = `waiver of ${st.code(w.policy)} on ${nodesOf(w.nodes, st)} in ${st.text(w.cluster)}`;
    const until = w.expires ? `, until ${st.text(w.expires)}` : '';
    const reason = `"${st.text(clip(w.reason))}"${until}`;
    if (w.change === 'added')
      out.push(
        `${st.strong('new')} ${what} (${st.code(at(w.file, w.line))}, ${reason}): waives nothing in this plan; ` +
          `from the merge on it would waive ${findings(w.merged)}`,
      );
    else if (w.change === 'removed')
      out.push(
        `${st.strong('removed')} ${what} (${st.code(at(w.file, w.baseLine ?? w.line))} at the base, ${reason}): ` +
          `it still waives ${findings(w.now)} in this plan`,
      );
    else {
      const b = w.before!;
      const was = `was on ${nodesOf(b.nodes, st)}, "${st.text(clip(b.reason))}"${b.expires ? `, until ${st.text(b.expires)}` : ''}`;
      out.push(
        `${st.strong('changed')} ${what} at ${st.code(at(w.file, w.line))} (${reason}; ${was}): the base's version ` +
          `judges this plan (${effect(w, 'it waives', 'the new one would waive')})`,
      );
    }
  }
  for (const b of checks.baseInvalid) {
    out.push(
      `policy file ${st.code(b.file)} is invalid at the base, so its rules judge nothing in this plan` +
        (b.fixed ? '; this change makes it valid: its rules judge from the merge on' : ''),
    );
  }
  return out;
}

function bounded(list: string[]): { shown: string[]; more: number } {
  return { shown: list.slice(0, CHECK_ITEMS), more: Math.max(0, list.length - CHECK_ITEMS) };
}

const LEAD =
  "it is judged by the base's policies, packs and waivers; what it changes in them counts from the merge on";

/** The comment's section, right under the verdict (empty when the checks are unchanged). */
export function checksSection(checks: ChecksChange | undefined, elsewhere: string): string {
  if (!checks) return '';
  const { shown, more } = bounded(items(checks, MD));
  const lines = ['> [!IMPORTANT]', `> **This pull request changes its own checks:** ${LEAD}.`, '>'];
  for (const s of shown) lines.push(`> - ${s}`);
  if (more) lines.push(`> - _… and ${plural(more, 'more change')}: see ${elsewhere}._`);
  return `${lines.join('\n')}\n\n`;
}

/** The same for a terminal: lines after the verdict (none when the checks are unchanged). */
export function checksLines(checks: ChecksChange | undefined): string[] {
  if (!checks) return [];
  const { shown, more } = bounded(items(checks, PLAIN));
  return [
    `This change changes its own checks: ${LEAD}.`,
    ...shown.map((s) => `  - ${s}`),
    ...(more ? [`  - … and ${plural(more, 'more change')} (see --format json)`] : []),
  ];
}

/** The checks change with the redactor applied to every string a reader could see. */
export function redactChecks(c: ChecksChange, r: (s: string) => string): ChecksChange {
  const file = <T extends { file: string }>(x: T): T => ({ ...x, file: r(x.file) });
  return {
    rules: c.rules.map((x) => ({ ...file(x), id: r(x.id) })),
    packs: c.packs.map((x) => ({
      ...file(x),
      cluster: r(x.cluster),
      before: x.before.map(r),
      after: x.after.map(r),
    })),
    waivers: c.waivers.map((x) => ({
      ...file(x),
      cluster: r(x.cluster),
      policy: r(x.policy),
      nodes: x.nodes.map(r),
      reason: r(x.reason),
      ...(x.expires !== undefined ? { expires: r(x.expires) } : {}),
      ...(x.before
        ? {
            before: {
              nodes: x.before.nodes.map(r),
              reason: r(x.before.reason),
              ...(x.before.expires !== undefined ? { expires: r(x.before.expires) } : {}),
            },
          }
        : {}),
    })),
    baseInvalid: c.baseInvalid.map(file),
  };
}
