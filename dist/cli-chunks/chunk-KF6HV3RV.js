import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
var STOPPED_EXIT = 130;

export {
  STOPPED_EXIT
};
