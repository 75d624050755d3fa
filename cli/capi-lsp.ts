import { isMainThread, workerData } from 'worker_threads';
import { startServer } from './lsp/server';

export { startServer } from './lsp/server';

// `capi-lsp`: the capi-lint language server over stdio (the same as `capi-lint --lsp`). The server's
// lint worker (lsp/lint-thread.ts) starts this file again; only the worker loads the linter.
if (!isMainThread && workerData?.capiLintWorker === true) (require('./lsp/lint-worker') as typeof import('./lsp/lint-worker')).runLintWorker();
else if (require.main === module) startServer();
