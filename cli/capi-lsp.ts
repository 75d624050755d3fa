import { isMainThread, workerData } from 'worker_threads';
import { runLintWorker } from './lsp/lint-worker';
import { startServer } from './lsp/server';

export { startServer } from './lsp/server';

// `capi-lsp`: the capi-lint language server over stdio (the same as `capi-lint --lsp`); in the
// server's lint worker (lsp/lint-thread.ts starts this file again), the worker.
if (!isMainThread && workerData?.capiLintWorker === true) runLintWorker();
else if (require.main === module) startServer();
