/**
 * Cluster-wide gates, run on apply before the first node, after every control plane and worker
 * batch, and after the last (never on plan or a dry run: a pull request must not run commands).
 * Built in, as `talosctl health` judges a cluster: every Kubernetes node Ready, the control-plane
 * pods (kube-apiserver, kube-controller-manager, kube-scheduler) Ready on every control plane, and
 * etcd healthy on every control plane; these are waited for up to the health timeout. Then the
 * user's own gates (cluster.yaml `rollout.gates`): a command that must exit 0, or an HTTP check,
 * each run once within its timeout. Every result goes into the report.
 */
import { spawn } from 'node:child_process';
import type { KubernetesClient } from '../kubernetes/client.js';
import { type Node, readyStatus } from '../kubernetes/types.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import type { GateSpec } from '../repo/cluster-file.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { describeFailure } from './failure.js';
import { checkNodeHealth } from './health.js';
import type { Clock, GateResult, RolloutApi } from './types.js';

export interface GateEnv {
  api: RolloutApi;
  kube?: KubernetesClient;
  cluster: RenderedCluster;
  /** The nodes that are part of the cluster now (default: all of cluster.yaml's; new ones join later). */
  nodes?: readonly RenderedNode[];
  /** How many etcd members the cluster has now (default: its control planes). */
  etcdMembers?: number;
  registry: SecretRegistry;
  clock: Clock;
  pollMs: number;
  timeoutMs: number;
  /** Working directory of command gates (the repository root). */
  cwd: string;
  /** Where nodes the change moves answer until their new config is applied (by name). */
  where?: Map<string, string>;
  /** Sees each list of Kubernetes nodes the gate takes (the next step finds its nodes in it). */
  onNodeList?: (nodes: readonly Node[]) => void;
}

const CONTROL_PLANE_APPS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'];
const OUTPUT_LIMIT = 400;

/** Problems with the cluster as a whole (empty: healthy). Every look is taken at the same time. */
export async function clusterProblems(env: GateEnv): Promise<string[]> {
  const members = env.nodes ?? env.cluster.nodes;
  const cps = members.filter((n) => n.role === 'controlplane');
  const etcd = Promise.all(
    cps.map(async (cp) => {
      const h = await checkNodeHealth(
        env.api,
        env.where?.get(cp.name) ?? cp.address,
        { role: 'controlplane', etcdMembers: env.etcdMembers ?? cps.length },
        env.registry,
        { together: true },
      );
      return h.problems.map((p) => `${cp.name}: ${p}`);
    }),
  );
  const [talos, kube] = await Promise.all([etcd, env.kube ? kubernetesProblems(env, env.kube, members) : []]);
  return [...talos.flat(), ...kube];
}

async function kubernetesProblems(
  env: GateEnv,
  kube: KubernetesClient,
  members: readonly RenderedNode[],
): Promise<string[]> {
  const problems: string[] = [];
  try {
    // the three control-plane apps' pods in one list (a set-based selector)
    const [nodeList, cpPods] = await Promise.all([
      kube.listNodes(),
      kube.listPods('kube-system', `k8s-app in (${CONTROL_PLANE_APPS.join(',')})`),
    ]);
    const nodes = nodeList.items;
    env.onNodeList?.(nodes);
    const notReady = nodes.filter((n) => readyStatus(n) !== 'True').map((n) => n.metadata?.name);
    if (notReady.length) problems.push(`Kubernetes nodes not Ready: ${notReady.join(', ')}`);
    const missing = members.filter(
      (rn) =>
        !nodes.some(
          (n) =>
            n.metadata?.name === rn.name ||
            n.status?.addresses?.some((a) => a.address === (env.where?.get(rn.name) ?? rn.address)),
        ),
    );
    if (missing.length)
      problems.push(`not registered in Kubernetes: ${missing.map((n) => n.name).join(', ')}`);
    const cpNodes = nodes.filter(
      (n) => 'node-role.kubernetes.io/control-plane' in (n.metadata?.labels ?? {}),
    );
    for (const app of CONTROL_PLANE_APPS) {
      const pods = cpPods.items.filter(
        (p) => p.metadata?.labels?.['k8s-app'] === app && !p.metadata?.deletionTimestamp,
      );
      const ready = pods.filter((p) => readyStatus(p) === 'True');
      if (ready.length < cpNodes.length) {
        const bad = pods.filter((p) => readyStatus(p) !== 'True').map((p) => p.metadata?.name);
        problems.push(
          `${app}: ${ready.length} of ${cpNodes.length} Ready${bad.length ? ` (${bad.join(', ')})` : ''}`,
        );
      }
    }
  } catch (err) {
    problems.push(`Kubernetes API: ${describeFailure(err, env.registry)}`);
  }
  return problems;
}

/** The built-in gate: waits until the cluster is healthy, up to the timeout. */
async function healthGate(env: GateEnv): Promise<{ ok: boolean; detail: string }> {
  const deadline = env.clock.now() + env.timeoutMs;
  for (;;) {
    const problems = await clusterProblems(env);
    if (problems.length === 0)
      return {
        ok: true,
        detail: env.kube
          ? 'nodes Ready, control plane Ready, etcd healthy'
          : 'etcd healthy (no Kubernetes access)',
      };
    if (env.clock.now() >= deadline) return { ok: false, detail: problems.join('; ') };
    await env.clock.sleep(env.pollMs);
  }
}

function tail(text: string): string {
  const t = text.trim();
  return t.length > OUTPUT_LIMIT ? `…${t.slice(-OUTPUT_LIMIT)}` : t;
}

/** Runs a command gate once: exit 0 within the timeout passes. */
function commandGate(
  gate: GateSpec & { command: string[] },
  env: GateEnv,
): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    const [cmd, ...args] = gate.command;
    let output = '';
    const child = spawn(cmd!, args, {
      cwd: env.cwd,
      env: { ...process.env, TALOS_GITOPS_CLUSTER: env.cluster.name, TALOS_GITOPS_STAGE: env.cluster.stage },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (b: Buffer) => {
      output = (output + b.toString('utf8')).slice(-4 * OUTPUT_LIMIT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({
        ok: false,
        detail: `timed out after ${Math.round(gate.timeoutMs / 1000)}s${output ? `: ${tail(output)}` : ''}`,
      });
    }, gate.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: `cannot run ${cmd}: ${err.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ ok: true, detail: 'exit 0' });
      else resolve({ ok: false, detail: `exit ${code ?? signal}${output ? `: ${tail(output)}` : ''}` });
    });
  });
}

async function httpGate(
  gate: GateSpec & { http: { url: string; expectStatus?: number[] } },
): Promise<{ ok: boolean; detail: string }> {
  try {
    const res = await fetch(gate.http.url, {
      signal: AbortSignal.timeout(gate.timeoutMs),
      redirect: 'manual',
    });
    await res.body?.cancel();
    const ok = gate.http.expectStatus
      ? gate.http.expectStatus.includes(res.status)
      : res.status >= 200 && res.status < 300;
    return { ok, detail: `HTTP ${res.status}` };
  } catch (err) {
    return {
      ok: false,
      detail:
        (err as Error).name === 'TimeoutError'
          ? `no answer within ${Math.round(gate.timeoutMs / 1000)}s`
          : (err as Error).message,
    };
  }
}

/** Runs every gate at one point; stops at the first that fails. */
export async function runGates(env: GateEnv, point: string): Promise<GateResult[]> {
  const results: GateResult[] = [];
  const record = async (name: string, run: () => Promise<{ ok: boolean; detail: string }>) => {
    const t0 = env.clock.now();
    const r = await run();
    results.push({
      point,
      name,
      ok: r.ok,
      detail: env.registry.redact(r.detail),
      durationMs: env.clock.now() - t0,
    });
    return r.ok;
  };
  if (!(await record('cluster health', () => healthGate(env)))) return results;
  for (const gate of env.cluster.rollout.gates ?? []) {
    const ok = await record(gate.name, () => ('command' in gate ? commandGate(gate, env) : httpGate(gate)));
    if (!ok) break;
  }
  return results;
}
