#!/usr/bin/env node
/**
 * Screenshots of the pull-request comment for a set of scenario pull requests on the example fleet,
 * rendered the way GitHub renders markdown: the comment from the bundled CLI (`plan --format markdown`),
 * turned into HTML by a GFM renderer (`marked`: tables, fenced code, raw `<details>`), styled with
 * GitHub's own markdown CSS (`github-markdown-css`), and shot to PNG by Debian's headless Chromium.
 * Writes docs/screenshots/<scenario>.png; docs/plan-comment.md shows them.
 *
 * Usage: node scripts/screenshots.mjs [--chromium /usr/bin/chromium] [scenario...]
 * Needs `npm ci` (devDependencies), `npm run build` and `apt-get install -y chromium`. CI never runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs/screenshots');
const CLI = join(ROOT, 'dist/cli.js');
const KEY = join(ROOT, 'clusters/demo-age-key.txt');
const CSS = readFileSync(
  createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
  'utf8',
);
const WIDTH = 860;

const edit = (dir, file, change) => {
  const p = join(dir, file);
  writeFileSync(p, change(readFileSync(p, 'utf8')));
};
const replaceOnce = (from, to) => (t) => {
  if (!t.includes(from)) throw new Error(`scenario out of date: ${JSON.stringify(from)} not found`);
  return t.replace(from, to);
};

/** Each scenario is one pull request against the example fleet: what it changes. */
const SCENARIOS = {
  'address-move': {
    title: 'Move prod-w-2 to 10.0.1.32',
    change(dir) {
      edit(
        dir,
        'clusters/production/cluster.yaml',
        replaceOnce('address: 10.0.1.22\n', 'address: 10.0.1.32\n'),
      );
      edit(
        dir,
        'clusters/production/patches/nodes/prod-w-2.yaml',
        replaceOnce('10.0.1.22/24', '10.0.1.32/24'),
      );
    },
  },
  'ca-change': {
    title: "Replace staging's secrets bundle",
    change(dir) {
      // a fresh bundle, encrypted to the demo key, as `init` makes one: every CA changes
      const scratch = mkdtempSync(join(tmpdir(), 'talos-gitops-shot-init-'));
      try {
        const recipient = readFileSync(KEY, 'utf8').match(/age1[0-9a-z]+/)[0];
        execFileSync(process.execPath, [CLI, 'init', 'fresh', '--recipient', recipient, '--repo', scratch], {
          stdio: 'ignore',
        });
        cpSync(
          join(scratch, 'clusters/fresh/secrets.sops.yaml'),
          join(dir, 'clusters/staging/secrets.sops.yaml'),
        );
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  },
  'talos-upgrade': {
    title: 'Upgrade staging to Talos v1.13.9',
    change(dir) {
      edit(
        dir,
        'clusters/staging/cluster.yaml',
        replaceOnce('talosVersion: v1.12.11', 'talosVersion: v1.13.9'),
      );
    },
  },
  'sysctl-everywhere': {
    title: 'Lower net.core.somaxconn on every node',
    change(dir) {
      edit(dir, 'clusters/shared/patches/sysctls.yaml', replaceOnce('"65535"', '"32768"'));
    },
  },
  'own-checks': {
    title: 'Debug logging on production workers (and a waiver for it)',
    change(dir) {
      edit(dir, 'clusters/production/patches/worker.yaml', (t) => `${t}debug: true\n`);
      edit(
        dir,
        'clusters/production/cluster.yaml',
        (t) =>
          `${t}waivers:\n  - policy: baseline/no-debug\n    reason: chasing a kubelet bug, see OPS-1234\n    expires: "2099-01-31"\n`,
      );
    },
  },
};

function git(dir, ...args) {
  const who = { GIT_AUTHOR_NAME: 'docs', GIT_AUTHOR_EMAIL: 'docs@example.com' };
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...who, GIT_COMMITTER_NAME: 'docs', GIT_COMMITTER_EMAIL: 'docs@example.com' },
  });
}

/** The comment a scenario's pull request gets, from the bundled CLI. */
function comment(name) {
  const dir = mkdtempSync(join(tmpdir(), `talos-gitops-shot-${name}-`));
  try {
    for (const d of ['clusters', 'policies']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'fleet');
    git(dir, 'checkout', '-q', '-b', name);
    SCENARIOS[name].change(dir);
    git(dir, 'commit', '-qam', SCENARIOS[name].title);
    const r = spawnSync(
      process.execPath,
      [CLI, 'plan', '--base', 'main', '--format', 'markdown', '--repo', dir],
      {
        encoding: 'utf8',
        env: { ...process.env, SOPS_AGE_KEY_FILE: KEY },
      },
    );
    // exit 1 is a plan with error findings: still a comment
    if (!r.stdout.startsWith('#')) throw new Error(`plan failed for ${name} (exit ${r.status}): ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const escapeHtml = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Fenced diffs coloured as GitHub's highlighter marks them (the CSS classes are GitHub's own).
marked.use({
  renderer: {
    code({ text, lang }) {
      if (lang !== 'diff') return false;
      const line = (l) => {
        const cls = l.startsWith('@@')
          ? 'pl-mdr'
          : l.startsWith('+')
            ? 'pl-mi1'
            : l.startsWith('-')
              ? 'pl-md'
              : '';
        return cls ? `<span class="${cls}">${escapeHtml(l)}</span>` : escapeHtml(l);
      };
      return `<div class="highlight highlight-source-diff"><pre>${text.split('\n').map(line).join('\n')}</pre></div>\n`;
    },
  },
});

/** GitHub's alerts (`> [!IMPORTANT]`) as github.com marks them up: a titled box, not a quote. */
function alerts(html) {
  return html.replace(/<blockquote>\n<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/g, (_m, kind) => {
    const k = kind.toLowerCase();
    const title = k[0].toUpperCase() + k.slice(1);
    return `<blockquote class="markdown-alert markdown-alert-${k}">\n<p class="markdown-alert-title">${title}</p><p>`;
  });
}

/** A page laid out like a comment on github.com; the script records the page's height in its title. */
function page(title, md) {
  const body = alerts(marked.parse(md, { gfm: true }));
  return `<!doctype html><html><head><meta charset="utf-8"><title>?</title><style>${CSS}
html, body { background: #fff; margin: 0; }
.frame { width: ${WIDTH - 34}px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
.head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; color: #59636e;
  font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.markdown-body { padding: 16px; font-size: 14px; }
</style></head><body><div class="frame"><div class="head"><b>github-actions</b> <span>bot</span> commented on
<i>${title}</i></div><article class="markdown-body">${body}</article></div>
<script>document.title = String(Math.ceil(document.querySelector('.frame').getBoundingClientRect().bottom) + 16);</script>
</body></html>`;
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--hide-scrollbars',
];

function chrome(chromium, args) {
  const r = spawnSync(chromium, [...CHROMIUM_FLAGS, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`chromium failed (exit ${r.status}): ${r.stderr}`);
  return r.stdout;
}

function shoot(chromium, html, png) {
  const dir = mkdtempSync(join(tmpdir(), 'talos-gitops-shot-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    // first the page's height, then a window exactly that tall
    const dom = chrome(chromium, [`--window-size=${WIDTH},200`, '--dump-dom', `file://${file}`]);
    const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1]);
    if (!height) throw new Error('could not measure the page');
    chrome(chromium, [`--window-size=${WIDTH},${height}`, `--screenshot=${png}`, `file://${file}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const at = args.indexOf('--chromium');
const chromium = at >= 0 ? args.splice(at, 2)[1] : '/usr/bin/chromium';
const names = args.length ? args : Object.keys(SCENARIOS);
mkdirSync(OUT, { recursive: true });
for (const name of names) {
  if (!SCENARIOS[name]) throw new Error(`unknown scenario ${name} (${Object.keys(SCENARIOS).join(', ')})`);
  shoot(chromium, page(SCENARIOS[name].title, comment(name)), join(OUT, `${name}.png`));
  console.log(`docs/screenshots/${name}.png`);
}
