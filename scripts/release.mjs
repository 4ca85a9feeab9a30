#!/usr/bin/env node
// Tags a release the way users of GitHub Actions pin them: an annotated `vX.Y.Z` on the current commit,
// and the major tag `vX` moved to the same commit (`uses: talos-gitops/talos-gitops@v1` follows it).
// Pre-releases (`X.Y.Z-rc.1`) get their own tag only. Refuses unless package.json says the same version,
// CHANGELOG.md has a section for it, the work tree is clean and the version tag is new.
//
//   node scripts/release.mjs [--version X.Y.Z] [--notes FILE] [--push] [--remote origin]
//
// --notes writes the version's CHANGELOG section (for the GitHub release); --push pushes both tags
// (the major tag with --force, since it moves). The release workflow builds and checks dist/ first.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? undefined : args[i + 1];
};
const cwd = process.cwd();
const git = (...a) => execFileSync('git', a, { cwd, encoding: 'utf8' }).trim();
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

const manifest = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));
const version = (flag('version') ?? manifest.version).replace(/^v/, '');
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/.exec(version);
if (!semver) fail(`${JSON.stringify(version)} is not a version X.Y.Z`);
if (manifest.version !== version) fail(`package.json says ${manifest.version}, not ${version}`);

const changelog = readFileSync(path.join(cwd, 'CHANGELOG.md'), 'utf8');
const heading = new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\][^\\n]*$`, 'm');
const start = changelog.search(heading);
if (start < 0) fail(`CHANGELOG.md has no "## [${version}]" section`);
const rest = changelog.slice(start);
const next = rest.slice(1).search(/^## \[/m);
const section = (next < 0 ? rest : rest.slice(0, next + 1)).trim();

if (git('status', '--porcelain') !== '') fail('the work tree has uncommitted changes');
const tag = `v${version}`;
const existing = git('tag', '--list', tag);
if (existing !== '') fail(`tag ${tag} exists already: releases are never re-tagged`);

const commit = git('rev-parse', 'HEAD');
const notes = section.split('\n').slice(1).join('\n').trim();
git('tag', '-a', tag, '-m', `talos-gitops ${tag}\n\n${notes}`, commit);
const tags = [tag];
if (!semver[4]) {
  const major = `v${semver[1]}`;
  git('tag', '-f', '-a', major, '-m', `talos-gitops ${major} (currently ${tag})`, commit);
  tags.push(major);
}
const notesFile = flag('notes');
if (notesFile) writeFileSync(path.resolve(cwd, notesFile), `${notes}\n`);

if (args.includes('--push')) {
  const remote = flag('remote') ?? 'origin';
  git('push', remote, `refs/tags/${tag}`);
  if (tags[1]) git('push', '--force', remote, `refs/tags/${tags[1]}`);
}
console.log(
  `tagged ${tags.join(' and ')} at ${commit.slice(0, 12)}${args.includes('--push') ? ' (pushed)' : ''}`,
);
