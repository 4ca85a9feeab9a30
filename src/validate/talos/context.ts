/** What a Talos rule sees: one machine's documents, its machine type and the version contract. */
import type { ConfigDocument } from '../../config/document.js';
import { type Contract, contractIndex, V1ALPHA1 } from '../../model/model.js';
import type { Issue } from '../issue.js';
import type { Seg } from '../paths.js';
import type { Severity } from '../types.js';

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

export type Obj = Record<string, unknown>;

export function asObj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asStr(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

export class TalosContext {
  readonly issues: Issue[] = [];
  readonly v1: ConfigDocument | undefined;
  readonly machineType: MachineType;

  constructor(
    readonly docs: ConfigDocument[],
    readonly contract: Contract,
  ) {
    this.v1 = docs.find((d) => d.kind === V1ALPHA1);
    this.machineType = parseMachineType(asObj(this.v1?.body.machine)?.type).type;
  }

  get isControlPlane(): boolean {
    return this.machineType === 'init' || this.machineType === 'controlplane';
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
