/**
 * Progress reporters: plain timestamped lines (CI logs, pipes) and a live terminal display that
 * redraws one block (a line per cluster, a line per node of the clusters in flight). Both redact
 * everything they print.
 */
import type { SecretRegistry } from '../secrets/registry.js';
import type { NodeStatus, ProgressReporter, RolloutEvent } from './types.js';
import { formatMs } from './wait.js';

export interface ProgressOptions {
  registry?: SecretRegistry;
  /** Epoch ms; defaults to Date.now (used by the terminal display's timers). */
  now?: () => number;
}

/** One line per event, prefixed with the time since the rollout started. */
export function lineProgress(write: (text: string) => void, opts: ProgressOptions = {}): ProgressReporter {
  let t0: number | undefined;
  const line = (at: number, text: string) => {
    t0 ??= at;
    const stamp = `${((at - t0) / 1000).toFixed(1)}s`.padStart(7);
    const out = `[${stamp}] ${text}\n`;
    write(opts.registry ? opts.registry.redact(out) : out);
  };
  return {
    onEvent(e) {
      const text = describeEvent(e);
      if (text !== undefined) line(e.at, text);
    },
  };
}

/** The plain-line text of an event (undefined: not worth a line). */
export function describeEvent(e: RolloutEvent): string | undefined {
  switch (e.type) {
    case 'rollout-start':
      return `${e.dryRun ? 'dry run' : 'rollout'}: stages ${e.stages.join(' → ') || '(none)'}`;
    case 'stage-start':
      return `stage ${e.stage}: ${e.clusters.join(', ')}`;
    case 'cluster-start':
      return `${e.cluster}: inspecting ${e.nodes.length} node(s)`;
    case 'cluster-planned': {
      const changes = e.changes.map((c) => `${c.node} ${c.action}`).join(', ');
      const pre = e.preflight.length ? `; preflight: ${e.preflight.join('; ')}` : '';
      return `${e.cluster}: ${e.changes.length ? `to change: ${changes}` : 'no changes'}${pre}`;
    }
    case 'node-start':
      return `${e.cluster}/${e.node}: ${e.action}`;
    case 'node-step':
      return `${e.cluster}/${e.node}: ${e.step}${e.detail ? ` (${e.detail})` : ''}`;
    case 'node-done':
      return `${e.cluster}/${e.node}: ${e.status} in ${formatMs(e.durationMs)}${e.reason ? `: ${e.reason}` : ''}`;
    case 'kubernetes-step':
      return `${e.cluster}${e.node ? `/${e.node}` : ''}: upgrade-k8s ${e.step}${e.detail ? ` (${e.detail})` : ''}`;
    case 'gate':
      return `${e.cluster}: gate ${e.result.name} (${e.result.point}): ${e.result.ok ? 'passed' : 'FAILED'} — ${e.result.detail}`;
    case 'cluster-done':
      return `${e.cluster}: ${e.status}${e.reason ? `: ${e.reason}` : ''}`;
    case 'stage-done':
      return `stage ${e.stage}: ${e.status}`;
    case 'rollout-done':
      return `${e.report.dryRun ? 'dry run' : 'rollout'}: ${e.report.status} in ${formatMs(e.report.durationMs)}`;
  }
}

interface NodeView {
  state: NodeStatus | 'running' | 'pending';
  detail: string;
  since: number;
}

interface ClusterView {
  stage: string;
  status: string;
  reason?: string;
  nodes: Map<string, NodeView>;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const MARK: Record<string, string> = {
  applied: '✓',
  upgraded: '✓',
  unchanged: '·',
  planned: '•',
  failed: '✗',
  'not-reached': '○',
  interrupted: '■',
  'skipped-unhealthy-cluster': '!',
  pending: '○',
};

/** A live block redrawn in place (ANSI cursor movement); for an interactive terminal only. */
export function terminalProgress(
  write: (text: string) => void,
  opts: ProgressOptions = {},
): ProgressReporter {
  const now = opts.now ?? Date.now;
  const clusters = new Map<string, ClusterView>();
  let height = 0;
  let frame = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let footer = '';

  const render = (): string[] => {
    const lines: string[] = [];
    for (const [name, c] of clusters) {
      const active = c.status === 'rolling' || c.status === 'inspecting';
      const counts = new Map<string, number>();
      for (const n of c.nodes.values()) counts.set(n.state, (counts.get(n.state) ?? 0) + 1);
      const summary = [...counts].map(([s, k]) => `${k} ${s}`).join(', ');
      lines.push(
        `${active ? SPINNER[frame % SPINNER.length] : c.status === 'failed' ? '✗' : '●'} ${name} (${c.stage}): ${c.status}${summary ? ` — ${summary}` : ''}${c.reason ? `: ${c.reason}` : ''}`,
      );
      if (!active) continue;
      for (const [node, v] of c.nodes) {
        const mark = v.state === 'running' ? SPINNER[frame % SPINNER.length] : (MARK[v.state] ?? ' ');
        const elapsed = v.state === 'running' ? ` ${formatMs(now() - v.since)}` : '';
        lines.push(`    ${mark} ${node.padEnd(16)} ${v.state === 'running' ? v.detail : v.state}${elapsed}`);
      }
    }
    if (footer) lines.push(footer);
    return lines;
  };

  const redraw = () => {
    frame++;
    const lines = render();
    let text = height > 0 ? `\x1b[${height}A\x1b[J` : '';
    text += lines.map((l) => `${l}\n`).join('');
    height = lines.length;
    write(opts.registry ? opts.registry.redact(text) : text);
  };

  const node = (cluster: string, name: string): NodeView | undefined =>
    clusters.get(cluster)?.nodes.get(name);

  return {
    onEvent(e) {
      switch (e.type) {
        case 'rollout-start':
          timer = setInterval(redraw, 250);
          timer.unref();
          break;
        case 'cluster-start':
          clusters.set(e.cluster, {
            stage: e.stage,
            status: 'inspecting',
            nodes: new Map(e.nodes.map((n) => [n, { state: 'pending', detail: '', since: e.at }])),
          });
          break;
        case 'cluster-planned': {
          const c = clusters.get(e.cluster);
          if (!c) break;
          c.status = 'rolling';
          const changing = new Set(e.changes.map((x) => x.node));
          for (const [n, v] of c.nodes) if (!changing.has(n)) v.state = 'unchanged';
          break;
        }
        case 'node-start': {
          const v = node(e.cluster, e.node);
          if (v) Object.assign(v, { state: 'running', detail: e.action, since: e.at });
          break;
        }
        case 'node-step': {
          const v = node(e.cluster, e.node);
          if (v) v.detail = `${e.step}${e.detail ? ` (${e.detail})` : ''}`;
          break;
        }
        case 'node-done': {
          const v = node(e.cluster, e.node);
          if (v) Object.assign(v, { state: e.status, detail: e.reason ?? '' });
          break;
        }
        case 'cluster-done': {
          const c = clusters.get(e.cluster);
          if (c) Object.assign(c, { status: e.status, reason: e.reason });
          break;
        }
        case 'rollout-done':
          footer = describeEvent(e) ?? '';
          break;
      }
      if (!closed) redraw();
      if (e.type === 'rollout-done') this.close?.();
    },
    close() {
      if (timer) clearInterval(timer);
      timer = undefined;
      closed = true;
    },
  };
}

/** The reporter for an output: the live display on a terminal, plain lines otherwise. */
export function progressFor(
  write: (text: string) => void,
  isTTY: boolean,
  opts: ProgressOptions = {},
): ProgressReporter {
  return isTTY ? terminalProgress(write, opts) : lineProgress(write, opts);
}
