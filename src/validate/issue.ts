/** A problem found inside one document, before it is placed at a file and line. */
import type { ConfigDocument } from '../config/document.js';
import type { Origin } from '../config/tree.js';
import type { Seg } from './paths.js';
import type { Severity } from './types.js';

export interface Issue {
  rule: string;
  severity: Severity;
  message: string;
  /** The document the issue is about (absent for issues about the whole config). */
  doc?: ConfigDocument;
  /** Field path inside the document. */
  segs?: Seg[];
  /** Where to point, when the rule knows better than the document's origins. */
  at?: Origin;
}
