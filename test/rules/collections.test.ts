import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { link, ok, pagination, paging, ref, resource } from '../fixtures/schemas';

const schemas = { Link: link, App: resource(), Pagination: pagination };
const listing = (collection: unknown, parameters: unknown[] = paging) => ({ ...ok(collection), parameters });
const appList = { type: 'object', properties: { pagination: ref('Pagination'), resources: { type: 'array', items: ref('App') } } };
const clean = openapi({ '/v3/apps': { get: listing(ref('AppList')) }, '/v3/apps/{guid}': { get: ok(ref('App')) } }, { schemas: { ...schemas, AppList: appList } });

testRule('capi-collections-resources', [
  { name: 'a collection with a resources array passes', document: clean, errors: [] },
  {
    name: 'a collection without resources fails',
    document: openapi(
      { '/v3/apps': { get: listing(ref('AppList')) }, '/v3/apps/{guid}': { get: ok(ref('App')) } },
      { schemas: { ...schemas, AppList: { type: 'object', properties: { pagination: ref('Pagination'), apps: { type: 'array', items: ref('App') } } } } },
    ),
    errors: [
      {
        message: 'Collection returned by GET /v3/apps (schema "AppList") has no "resources" field: a collection must contain a "resources" array.',
        path: ['components', 'schemas', 'AppList', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-collections-pagination', [
  { name: 'a collection with a pagination object passes', document: clean, errors: [] },
  {
    name: 'a collection without pagination fails',
    document: openapi(
      { '/v3/apps': { get: listing({ type: 'object', properties: { resources: { type: 'array', items: ref('App') } } }) }, '/v3/apps/{guid}': { get: ok(ref('App')) } },
      { schemas },
    ),
    errors: [
      {
        message:
          'Collection returned by GET /v3/apps (in GET /v3/apps at responses.200.content.application/json.schema) has no "pagination" field: a collection must contain a "pagination" object.',
        path: ['paths', '/v3/apps', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-pagination-fields', [
  { name: 'the guide\'s pagination passes', document: clean, errors: [] },
  {
    name: 'pagination with a string total_pages, no last link and a next link without href fails',
    document: openapi(
      { '/v3/apps': { get: listing(ref('AppList')) }, '/v3/apps/{guid}': { get: ok(ref('App')) } },
      {
        schemas: {
          ...schemas,
          AppList: appList,
          Pagination: {
            type: 'object',
            required: ['total_results', 'total_pages', 'first', 'next', 'previous'],
            properties: { total_results: { type: 'integer' }, total_pages: { type: 'string' }, first: ref('Link'), next: { type: 'string' }, previous: ref('Link') },
          },
        },
      },
    ),
    errors: [
      {
        message:
          'Pagination (schema "Pagination"): "total_pages" must be an integer; add the link "last" (a link object or null); "next" must be a link object with "href", or null.',
        path: ['components', 'schemas', 'Pagination', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

const withPagination = (paginationSchema: unknown) =>
  openapi({ '/v3/apps': { get: listing(ref('AppList')) }, '/v3/apps/{guid}': { get: ok(ref('App')) } }, { schemas: { ...schemas, AppList: appList, Pagination: paginationSchema } });
const { required: _sixFields, ...unrequiredPagination } = pagination;

testRule('capi-pagination-fields', [
  {
    name: 'pagination that requires some of the six fields fails at its required list',
    document: withPagination({ ...unrequiredPagination, required: ['total_results'] }),
    errors: [
      {
        message:
          'Pagination (schema "Pagination"): require "total_pages", "first", "last", "next", "previous" (pagination must include them; a link may be null, not absent).',
        path: ['components', 'schemas', 'Pagination', 'required'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'pagination that lists the six fields but requires none fails',
    document: withPagination(unrequiredPagination),
    errors: [
      {
        message:
          'Pagination (schema "Pagination"): require "total_results", "total_pages", "first", "last", "next", "previous" (pagination must include them; a link may be null, not absent).',
        path: ['components', 'schemas', 'Pagination', 'properties'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'OAS 3.0: required links that are nullable link objects pass',
    document: {
      ...withPagination({
        ...pagination,
        properties: { ...pagination.properties, next: { ...link, nullable: true }, previous: { ...link, nullable: true } },
      }),
      openapi: '3.0.3',
    },
    errors: [],
  },
  {
    name: 'OAS 3.1: required links typed [object, "null"] pass',
    document: withPagination({
      ...pagination,
      properties: { ...pagination.properties, next: { ...link, type: ['object', 'null'] }, previous: { ...link, type: ['object', 'null'] } },
    }),
    errors: [],
  },
]);

testRule('capi-pagination-parameters', [
  { name: 'a list endpoint with page, per_page and order_by passes', document: clean, errors: [] },
  {
    name: 'a list endpoint without order_by fails',
    document: openapi(
      { '/v3/apps': { get: listing(ref('AppList'), paging.slice(0, 2)) }, '/v3/apps/{guid}': { get: ok(ref('App')) } },
      { schemas: { ...schemas, AppList: appList } },
    ),
    errors: [
      {
        message: 'GET /v3/apps is a list endpoint but does not accept "order_by": add the pagination query parameters page, per_page, order_by.',
        path: ['paths', '/v3/apps', 'get'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

testRule('capi-pagination-parameters', [
  {
    name: 'a nested list endpoint without page fails',
    document: openapi(
      {
        '/v3/isolation_segments/{guid}/organizations': { get: listing(ref('OrganizationList'), paging.slice(1)) },
        '/v3/organizations/{guid}': { get: ok(ref('Organization')) },
      },
      { schemas: { ...schemas, Organization: resource(), OrganizationList: { type: 'object', properties: { pagination: ref('Pagination'), resources: { type: 'array', items: ref('Organization') } } } } },
    ),
    errors: [
      {
        message: 'GET /v3/isolation_segments/{guid}/organizations is a list endpoint but does not accept "page": add the pagination query parameters page, per_page, order_by.',
        path: ['paths', '/v3/isolation_segments/{guid}/organizations', 'get'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'a nested list endpoint with page, per_page and order_by passes',
    document: openapi(
      {
        '/v3/isolation_segments/{guid}/organizations': { get: listing(ref('OrganizationList')) },
        '/v3/organizations/{guid}': { get: ok(ref('Organization')) },
      },
      { schemas: { ...schemas, Organization: resource(), OrganizationList: { type: 'object', properties: { pagination: ref('Pagination'), resources: { type: 'array', items: ref('Organization') } } } } },
    ),
    errors: [],
  },
]);
