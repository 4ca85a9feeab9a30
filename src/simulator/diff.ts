/** Uncoloured unified diff (`--- a` / `+++ b`, `@@` hunks) as Talos prints config changes. */
import { structuredPatch } from 'diff';

export function unifiedDiff(before: string, after: string): string {
  if (before === after) return '';
  const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 3 });
  const lines = ['--- a', '+++ b'];
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    lines.push(...h.lines);
  }
  return `${lines.join('\n')}\n`;
}
