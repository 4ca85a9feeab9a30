/** Talos's semantic validation of one machine's config (`talosctl validate --mode metal`). */
import type { ConfigDocument } from '../../config/document.js';
import type { Contract } from '../../model/model.js';
import type { Issue } from '../issue.js';
import { checkContainerRules } from './container.js';
import { TalosContext } from './context.js';
import { checkDocument } from './multidoc.js';
import { checkV1alpha1 } from './v1alpha1.js';

export function talosIssues(docs: ConfigDocument[], contract: Contract): Issue[] {
  const ctx = new TalosContext(docs, contract);
  if (ctx.v1) checkV1alpha1(ctx, ctx.v1);
  for (const d of docs) checkDocument(ctx, d);
  checkContainerRules(ctx);
  return ctx.issues;
}

export { parseMachineType } from './context.js';
export { kindRule } from './multidoc.js';
