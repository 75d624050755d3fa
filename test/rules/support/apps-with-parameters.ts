/** A small apps API for the query-parameter rule tests (query-parameters, filters, include, embed, fields). */
import { DiagnosticSeverity, openapi } from '../../harness';
import { link, list, ok, pagination, paging, query, ref, resource } from '../../fixtures/schemas';

/** A query parameter taking one comma-delimited list (`style: form`, `explode: false`), optionally limited to `values`. */
export const commaList = (name: string, ...values: string[]) => query(name, list(...values), { style: 'form', explode: false });
const appSchemas = {
  Link: link,
  Pagination: pagination,
  App: resource({ included: { type: 'object' } }),
  AppList: { type: 'object', properties: { pagination: ref('Pagination'), resources: { type: 'array', items: ref('App') }, included: { type: 'object' } } },
};
/** GET /v3/apps taking the pagination parameters and `parameters`; GET /v3/apps/{guid} taking `show`. */
export const apps = (parameters: unknown[], show: unknown[] = []) =>
  openapi(
    {
      '/v3/apps': { get: { ...ok(ref('AppList')), parameters: [...paging, ...parameters] } },
      '/v3/apps/{guid}': { get: { ...ok(ref('App')), parameters: show } },
      '/v3/apps/{guid}/environment_variables': { get: ok({ type: 'object' }) },
      '/v3/spaces/{guid}': { get: ok(ref('App')) },
    },
    { schemas: appSchemas },
  );
/** An error finding at the parameter at `index` of GET /v3/apps (the pagination parameters take 0-2). */
export const parameterError = (message: string, index: number) => ({ message, path: ['paths', '/v3/apps', 'get', 'parameters', index], severity: DiagnosticSeverity.Error });
