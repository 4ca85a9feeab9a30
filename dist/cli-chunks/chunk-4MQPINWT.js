import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);

// src/errors.ts
var TalosGitopsError = class extends Error {
  name = "TalosGitopsError";
  file;
  line;
  column;
  /** Dotted field path inside the document, e.g. `machine.network.hostname`. */
  field;
  constructor(message, where = {}) {
    super(message);
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.field = where.field;
  }
  /** `file:line: field: message`, with the parts that are known. */
  describe() {
    let prefix = "";
    if (this.file) prefix += this.file + (this.line ? `:${this.line}` : "") + ": ";
    if (this.field) prefix += `${this.field}: `;
    return prefix + this.message;
  }
};
function describeError(err) {
  if (err instanceof TalosGitopsError) return err.describe();
  if (err instanceof Error) return err.message;
  return String(err);
}

export {
  TalosGitopsError,
  describeError
};
