/** Worker threads for the project's modules (a store's build, a large page's reading), under tsx as well as from compiled JavaScript. */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the module `name` next to `base` (an `import.meta.url`) on a worker thread. Under tsx or vitest (`base`
 * is a `.ts` file) the worker registers tsx's loader first, so the same TypeScript sources run there.
 */
export function startModuleWorker(
  name: string,
  base: string,
  workerData: unknown,
  options: Pick<WorkerOptions, 'resourceLimits'> = {},
): Worker {
  const ts = base.endsWith('.ts');
  const entry = new URL(`./${name}.${ts ? 'ts' : 'js'}`, base).href;
  if (!ts) return new Worker(new URL(entry), { ...options, workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true, workerData });
}
