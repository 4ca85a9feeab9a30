import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);

// src/plan/md.ts
var INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function oneLine(s) {
  return s.replace(/\r\n|[\r\n\t]/g, " ").replace(INVISIBLE, "").trim();
}
function noMentions(s) {
  return s.replace(/@(?=[A-Za-z0-9])/g, "@​");
}
function mdText(s) {
  const t = oneLine(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&");
  return noMentions(t);
}
function htmlText(s) {
  const t = oneLine(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[[\]`*_|~\\]/g, (c) => `&#${c.charCodeAt(0)};`);
  return noMentions(t);
}
function longestRun(s, ch) {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}
function mdCode(s) {
  const t = oneLine(s);
  if (t === "") return "` `";
  const ticks = "`".repeat(longestRun(t, "`") + 1);
  const pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
  return `${ticks}${pad}${t}${pad}${ticks}`;
}
function blockText(s) {
  return s.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(/\n+$/, "");
}
function fence(body, lang = "") {
  const text = blockText(body);
  const ticks = "`".repeat(Math.max(3, longestRun(text, "`") + 1));
  return `${ticks}${lang}
${text}
${ticks}`;
}
function plural(n, s, p = `${s}s`) {
  return `${n} ${n === 1 ? s : p}`;
}

// src/plan/node-list.ts
function parts(name) {
  return name.split(/(\d+)/).map((p, i) => i % 2 === 1 ? Number(p) : p);
}
function naturalCompare(a, b) {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
function numbered(name) {
  const m = /^(.*?)(\d+)$/.exec(name);
  if (!m || m[2].length > 15) return void 0;
  return { prefix: m[1], digits: m[2], n: Number(m[2]) };
}
function follows(a, b) {
  if (a.prefix !== b.prefix || b.n !== a.n + 1) return false;
  const padded = (x) => x.digits.length > 1 && x.digits.startsWith("0");
  if (padded(a) || padded(b)) return a.digits.length === b.digits.length;
  return true;
}
function foldNames(names) {
  const sorted = [...new Set(names)].sort(naturalCompare);
  const out = [];
  let i = 0;
  while (i < sorted.length) {
    const start = numbered(sorted[i]);
    let j = i;
    if (start) {
      let prev = start;
      while (j + 1 < sorted.length) {
        const next = numbered(sorted[j + 1]);
        if (!next || !follows(prev, next)) break;
        prev = next;
        j++;
      }
    }
    const count = j - i + 1;
    if (count >= 3) {
      out.push({ text: `${sorted[i]}…${sorted[j]}`, count });
    } else {
      for (let k = i; k <= j; k++) out.push({ text: sorted[k], count: 1 });
    }
    i = j + 1;
  }
  return out;
}
function nameList(names, max, format) {
  const tokens = foldNames(names);
  const shown = tokens.slice(0, Math.max(1, max));
  const rest = tokens.slice(shown.length).reduce((n, t) => n + t.count, 0);
  const text = shown.map((t) => format(t.text)).join(", ");
  return rest > 0 ? `${text}, … and ${rest} more` : text;
}

export {
  mdText,
  htmlText,
  mdCode,
  fence,
  plural,
  naturalCompare,
  foldNames,
  nameList
};
