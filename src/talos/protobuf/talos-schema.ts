/** The project's Talos API schema, built once from the embedded .proto sources. */
import { PROTO_SOURCES } from '../proto/index.js';
import { Schema } from './schema.js';

let cached: Schema | undefined;

export function talosSchema(): Schema {
  cached ??= Schema.fromSources(PROTO_SOURCES);
  return cached;
}
