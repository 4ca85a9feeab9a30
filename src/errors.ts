/**
 * Errors the engine reports to users. Every user-facing failure names where it came from: the file,
 * the 1-based line (when known) and the field path inside the document (when known), so a reviewer can
 * go straight to the line to fix. Messages never contain secret values.
 */
export interface SourceLocation {
  /** Path of the file, relative to the repository root where one is known. */
  file: string;
  /** 1-based line number, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
}

export class TalosGitopsError extends Error {
  override name = 'TalosGitopsError';
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** Dotted field path inside the document, e.g. `machine.network.hostname`. */
  readonly field: string | undefined;

  constructor(message: string, where: Partial<SourceLocation> & { field?: string } = {}) {
    super(message);
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.field = where.field;
  }

  /** `file:line: field: message`, with the parts that are known. */
  describe(): string {
    let prefix = '';
    if (this.file) prefix += this.file + (this.line ? `:${this.line}` : '') + ': ';
    if (this.field) prefix += `${this.field}: `;
    return prefix + this.message;
  }
}

export function describeError(err: unknown): string {
  if (err instanceof TalosGitopsError) return err.describe();
  if (err instanceof Error) return err.message;
  return String(err);
}
