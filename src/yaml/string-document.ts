/**
 * A string as a YAML document, the way go-yaml marshals a Go string (Talos 1.12+ COSI specs that are
 * raw text, such as MachineConfig's): a multi-line string becomes a literal block, indented by 4.
 */
import { emitDocument, scalar } from './emitter.js';

export function yamlStringDocument(text: string): string {
  return emitDocument(scalar(text, text.includes('\n') ? 'literal' : 'plain'), { indent: 4 });
}
