/**
 * What a kind's rules see: one machine's documents, its machine type, the version contract, Talos's
 * validation mode, strict and on-machine flags, and where to report. Mirrors the inputs of Talos's
 * `container.Validate(mode, opts)`.
 */
import type { ConfigDocument } from '../config/document.js';
import { type Contract, contractIndex, V1ALPHA1 } from '../model/model.js';
import type { Issue } from '../validate/issue.js';
import type { Seg } from '../validate/paths.js';
import type { Severity } from '../validate/types.js';
import { asObj } from './values.js';

/** Talos's validation modes (`talosctl validate --mode`): metal requires an install, container runs in a container. */
export type ValidationMode = 'metal' | 'cloud' | 'container';
export const VALIDATION_MODES: readonly ValidationMode[] = ['metal', 'cloud', 'container'];

export type MachineType = 'init' | 'controlplane' | 'worker' | 'unknown';

/** Talos's machine.ParseType: `join` and an empty type mean worker; anything else is unknown. */
export function parseMachineType(s: unknown): { type: MachineType; canonical?: string } {
  switch (s ?? '') {
    case 'init':
      return { type: 'init', canonical: 'init' };
    case 'controlplane':
      return { type: 'controlplane', canonical: 'controlplane' };
    case 'worker':
    case 'join':
    case '':
      return { type: 'worker', canonical: 'worker' };
    default:
      return { type: 'unknown' };
  }
}

export interface ValidationOptions {
  /** Default `metal`, as `talosctl validate` needs one given. */
  mode?: ValidationMode;
  /** Talos's strict option: v1alpha1's warnings become errors. */
  strict?: boolean;
  /**
   * Validate as the machine does when the config is applied, not as `talosctl validate` does (which
   * passes Talos's `WithLocal` option): the Kubernetes versions of the component images are checked
   * against the Talos version running there.
   */
  onMachine?: boolean;
  /** The Talos version the machine runs, shown in on-machine findings (default: the contract, e.g. `1.14`). */
  talosVersion?: string;
}

export class KindContext {
  readonly issues: Issue[] = [];
  readonly v1: ConfigDocument | undefined;
  readonly machineType: MachineType;
  readonly mode: ValidationMode;
  readonly strict: boolean;
  readonly onMachine: boolean;
  readonly talosVersion: string;

  constructor(
    readonly docs: readonly ConfigDocument[],
    readonly contract: Contract,
    opts: ValidationOptions = {},
  ) {
    this.v1 = docs.find((d) => d.kind === V1ALPHA1);
    this.machineType = parseMachineType(asObj(this.v1?.body.machine)?.type).type;
    this.mode = opts.mode ?? 'metal';
    this.strict = opts.strict ?? false;
    this.onMachine = opts.onMachine ?? false;
    this.talosVersion = opts.talosVersion?.trim().replace(/^v/, '') || contract;
  }

  get isControlPlane(): boolean {
    return this.machineType === 'init' || this.machineType === 'controlplane';
  }

  /** Talos's `mode.RequiresInstall()`. */
  get requiresInstall(): boolean {
    return this.mode === 'metal';
  }

  /** Talos's `mode.InContainer()`. */
  get inContainer(): boolean {
    return this.mode === 'container';
  }

  /** Whether the contract is this one or newer. */
  since(c: Contract): boolean {
    return contractIndex(this.contract) >= contractIndex(c);
  }

  ofKind(kind: string): ConfigDocument[] {
    return this.docs.filter((d) => d.kind === kind);
  }

  first(kind: string): ConfigDocument | undefined {
    return this.docs.find((d) => d.kind === kind);
  }

  add(rule: string, severity: Severity, message: string, doc?: ConfigDocument, segs?: Seg[]): void {
    this.issues.push({ rule, severity, message, doc, segs });
  }

  error(rule: string, message: string, doc?: ConfigDocument, segs?: Seg[]): void {
    this.add(rule, 'error', message, doc, segs);
  }

  warn(rule: string, message: string, doc?: ConfigDocument, segs?: Seg[]): void {
    this.add(rule, 'warning', message, doc, segs);
  }
}
