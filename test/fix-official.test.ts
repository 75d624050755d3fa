import { checkFixRun } from './fix-support';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

describeWithSharedSpec('capi-lint --fix on a copy of the official tree', () => {
  it('fixes at least 160 findings and adds none; every changed file parses; the bundle keeps its paths and operations; a second --fix and --fix-dry-run change nothing', async () => {
    await checkFixRun(CAPI_OPENAPI, 'openapi.yaml', 160);
  }, 300000);
});
