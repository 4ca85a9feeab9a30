import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);

// src/validate/types.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };

export {
  SEVERITY_ORDER
};
