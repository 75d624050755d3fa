import { documentFunction, stringList } from '../lib/document-function';
import { quoted } from '../lib/names';

/** S35: every list endpoint accepts the pagination query parameters (`page`, `per_page`, `order_by`). */
export default documentFunction<{ parameters: string[] }>('paginationParameters',
  { parameters: stringList('Query parameters every list endpoint must accept (page, per_page, order_by).', 'must be a list of query parameter names') },
  (doc, { parameters }) =>
    doc.operations
      .filter(({ kind }) => kind === 'list')
      .flatMap(({ label, jsonPath, parameters: declared }) => {
        const names = new Set(declared.filter(({ parameter }) => parameter.in === 'query').map(({ parameter }) => parameter.name));
        const missing = parameters.filter((name) => !names.has(name));
        if (missing.length === 0) return [];
        return [{
          message: `${label} is a list endpoint but does not accept ${quoted(missing)}: add the pagination query parameters ${parameters.join(', ')}.`,
          path: jsonPath,
        }];
      }),
);
