/** Everything one machine's config is checked for on its own: schema, deprecations and Talos's rules. */
import type { ConfigDocument } from '../config/document.js';
import type { ValidationOptions } from '../kinds/context.js';
import { validateDocuments } from '../kinds/validate.js';
import type { Contract } from '../model/model.js';
import type { Issue } from './issue.js';
import { exactOrigin } from './locate.js';
import { findDeprecated } from './schema/deprecated.js';
import { validateDecodedDocument } from './schema/validate.js';

/**
 * Issues of one machine's documents. Deprecated fields are only reported where a user file set them
 * (a generated base uses what its Talos version generates).
 */
export function documentIssues(
  docs: ConfigDocument[],
  contract: Contract,
  opts: ValidationOptions = {},
): Issue[] {
  const out: Issue[] = [];
  for (const doc of docs) {
    out.push(...validateDecodedDocument(doc, contract));
    for (const d of findDeprecated(doc.body, doc.def.type, contract)) {
      const at = exactOrigin(doc, d.segs);
      if (at)
        out.push({
          rule: 'schema/deprecated',
          severity: 'notice',
          message: d.message,
          doc,
          segs: d.segs,
          at,
        });
    }
  }
  out.push(...validateDocuments(docs, contract, opts));
  return out;
}
