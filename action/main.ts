/** The bundled action's entry point (dist/index.js). */
import { run } from './run.js';
import { coreRuntime } from './runtime.js';

const outcome = await run(coreRuntime());
// a cancelled apply has written its report; the Talos calls it abandoned must not hold the job open
if (outcome.stopped) process.exit(process.exitCode ?? 1);
