import { startServer } from './lsp/server';

export { startServer } from './lsp/server';

// `capi-lsp`: the capi-lint language server over stdio (the same as `capi-lint --lsp`).
if (require.main === module) startServer();
