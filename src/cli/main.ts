/** The `talos-gitops` command line: a thin adapter over the engine. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeError } from '../errors.js';
import { STOPPED_EXIT } from './exit-codes.js';
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

// each command's code (and what it alone needs: gRPC, the simulator) is loaded when it runs
const COMMANDS: Record<string, () => Promise<Command>> = {
  patch: async () => (await import('./commands/patch.js')).patchCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  apply: async () => (await import('./commands/apply.js')).applyCommand,
  drift: async () => (await import('./commands/drift.js')).driftCommand,
  simulate: async () => (await import('./commands/simulate.js')).simulateCommand,
  demo: async () => (await import('./commands/demo.js')).demoCommand,
};

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    io.out(HELP);
    return cmd ? 0 : 1;
  }
  const load = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!load) {
    io.err(`error: unknown command ${JSON.stringify(cmd)}\n\n${HELP}`);
    return 1;
  }
  try {
    const command = await load();
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
