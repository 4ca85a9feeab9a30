/** The `talos-gitops` command line: a thin adapter over the engine. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeError } from '../errors.js';
import { applyCommand, STOPPED_EXIT } from './commands/apply.js';
import { demoCommand } from './commands/demo.js';
import { driftCommand } from './commands/drift.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { patchCommand } from './commands/patch.js';
import { planCommand } from './commands/plan.js';
import { renderCommand } from './commands/render.js';
import { simulateCommand } from './commands/simulate.js';
import { validateCommand } from './commands/validate.js';
import { type Io, processIo } from './io.js';

const HELP = `talos-gitops — render, validate, review and roll out Talos machine configs from Git

Usage: talos-gitops <command> [flags]

Commands:
  render                      render every node's machine config into rendered/<cluster>/<node>.yaml
  validate                    schema, Talos rules, fleet rules and policies for every node
  plan --base REF             render REF and the work tree, show what changes on each node
  patch BASE --patch P...     patch a machine config like talosctl machineconfig patch
  init NAME --recipient R     create a cluster folder with a fresh, encrypted secrets bundle
  import --talosconfig F      a cluster folder from a running cluster (render reproduces every node)
  import talhelper FILE       a cluster folder from a talhelper talconfig.yaml
  apply --talosconfig FILE    staged rolling apply (--dry-run: plan only)
  drift --talosconfig FILE    read-only: what the nodes run against what Git says
  simulate --talosconfig OUT  a simulated Talos fleet for the repository's clusters
  demo                        the whole story on the example fleet, with simulated nodes
  help                        this text

Run \`talos-gitops <command> --help\` for a command's flags.
`;

type Command = (argv: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  patch: patchCommand,
  render: renderCommand,
  validate: validateCommand,
  plan: planCommand,
  init: initCommand,
  import: importCommand,
  apply: applyCommand,
  drift: driftCommand,
  simulate: simulateCommand,
  demo: demoCommand,
};

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    io.out(HELP);
    return cmd ? 0 : 1;
  }
  const command = COMMANDS[cmd];
  if (!command) {
    io.err(`error: unknown command ${JSON.stringify(cmd)}\n\n${HELP}`);
    return 1;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    io.err(`error: ${describeError(e)}\n`);
    return 1;
  }
}

/** Run as a program (also through npm's bin link, a symlink to dist/cli.js), not imported. */
function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  runCli(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
      // an apply stopped hard has reported; the calls it abandoned must not keep the process alive
      if (code === STOPPED_EXIT) process.exit(code);
    },
    (e) => {
      process.stderr.write(`error: ${describeError(e)}\n`);
      process.exitCode = 1;
    },
  );
}
