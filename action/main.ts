/** The bundled action's entry point (dist/index.js). */
import { run } from './run.js';
import { coreRuntime } from './runtime.js';

await run(coreRuntime());
