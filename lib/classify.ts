import pluralize from 'pluralize';
import { asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { oncePer } from './cache';
import { collectionAction } from './collection-action';
import { allowsType, jsonContentOf, jsonSchemaOf, mergeSchema } from './schema';

export type PathKind =
  | 'root'
  | 'collection'
  | 'nested-collection'
  | 'resource'
  | 'pseudo-resource'
  | 'singleton'
  | 'action'
  | 'relationship-to-one'
  | 'relationship-to-many'
  | 'relationship-member'
  | 'upload'
  | 'download';

export type OperationKind =
  | 'list'
  | 'show'
  | 'create'
  | 'add'
  | 'update'
  | 'delete'
  | 'action'
  | 'upload'
  | 'download'
  | 'relationship-show'
  | 'relationship-add'
  | 'relationship-replace'
  | 'relationship-remove'
  | 'other';

export type SchemaKind = 'resource' | 'collection' | 'pagination' | 'link' | 'error' | 'job' | 'relationship' | 'other';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface PathInfo {
  path: string;
  /** Segments without the leading `v3`. */
  segments: string[];
  kind: PathKind;
  item: JsonObject;
  /** Indexes (into `segments`) of literal segments that name a collection. */
  collectionSegments: number[];
}

export interface ParameterInfo {
  parameter: JsonObject;
  /** Rules that report at it are `reportsAtReferences` (rules/define.ts), so a shared parameter's finding sits on the `$ref` that uses it. */
  jsonPath: JsonPath;
}

export interface ResponseInfo {
  code: string;
  response: JsonObject;
  /**
   * `responses.<code>` of the operation. Spectral maps a path through a `$ref` to its target, so a
   * rule about the operation documenting this code is `reportsAtReferences` (rules/define.ts): its
   * finding then sits on the status code's key, not on a shared `components/responses` entry.
   */
  jsonPath: JsonPath;
  /** The JSON body's media type (`application/json` or another `+json`) and schema, if any. */
  mediaType: string | undefined;
  schema: unknown;
}

export interface OperationInfo {
  path: string;
  method: string;
  /** `GET /v3/apps`, for messages. */
  label: string;
  operation: JsonObject;
  pathInfo: PathInfo;
  kind: OperationKind;
  jsonPath: JsonPath;
  /** Path-level and operation-level parameters, the operation's winning on the same name and `in`. */
  parameters: ParameterInfo[];
  responses: ResponseInfo[];
  requestSchema: unknown;
  requestMediaType: string | undefined;
}

export interface Classification {
  root: unknown;
  paths: PathInfo[];
  operations: OperationInfo[];
  pathByKey: Map<string, PathInfo>;
  schemaKind(schema: unknown): SchemaKind;
  /** `['components', <section>, <name>]` for a (resolved) shared schema, response, request body or parameter. */
  componentPath(node: unknown): JsonPath | undefined;
}

const COMPONENT_SECTIONS = ['schemas', 'responses', 'requestBodies', 'parameters'];

/** Classifies the (resolved) document once per lint; keyed by the document so nothing outlives it. */
export function classify(root: unknown): Classification {
  return isObject(root) ? classifyOnce(root) : build({});
}

const classifyOnce = oncePer(build);

/** Success codes whose body is the resource (S14, S15). */
export const SUCCESS_WITH_BODY = new Set(['200', '201']);

/** The operation's 200 and 201 responses. */
export function successResponses(op: OperationInfo): ResponseInfo[] {
  return op.responses.filter(({ code }) => SUCCESS_WITH_BODY.has(code));
}

export function isParameterSegment(segment: string): boolean {
  return /^\{[^}]*\}$/.test(segment);
}

export function segmentsOf(path: string): string[] {
  const all = path.split('/').filter((segment) => segment.length > 0);
  return all[0] === 'v3' ? all.slice(1) : all;
}

function build(root: JsonObject): Classification {
  const kindOnce = oncePer((schema: JsonObject) => kindOfSchema(root, schema));
  const schemaKind = (schema: unknown): SchemaKind => {
    const resolved = deref(root, schema);
    return isObject(resolved) ? kindOnce(resolved) : 'other';
  };

  const items = Object.entries(asObject(root.paths)).filter(([path, item]) => path.startsWith('/') && isObject(item));
  const keys = new Set(items.map(([path]) => path));
  const prefixesBeforeParameter = new Set<string>();
  for (const path of keys) {
    const all = path.split('/');
    all.forEach((segment, index) => {
      if (index > 0 && isParameterSegment(segment) && !isParameterSegment(all[index - 1])) {
        prefixesBeforeParameter.add(all.slice(0, index).join('/'));
      }
    });
  }

  // A collection lists resources, or is followed by an identifier, unless it shows a single
  // object of its own (a pseudo-resource such as /v3/service_plans/{guid}/visibility).
  const isCollectionPath = (path: string): boolean => {
    const item = asObject(deref(root, asObject(root.paths)[path]));
    const shown = successSchema(root, item.get);
    if (shown !== undefined && schemaKind(shown) === 'collection') {
      return prefixesBeforeParameter.has(path) || !isPseudoResourceList(root, path, shown);
    }
    return prefixesBeforeParameter.has(path) && (shown === undefined || !isObject(deref(root, shown)));
  };

  const paths: PathInfo[] = items.map(([path, item]) => {
    const segments = segmentsOf(path);
    const isCollection = isCollectionPath(path);
    const kind = pathKind(root, path, segments, asObject(deref(root, item)), keys, isCollection);
    const prefix = path.startsWith('/v3/') ? '/v3' : '';
    const collectionSegments = segments
      .map((segment, index) => ({ segment, index }))
      // A collection is named at the top level or right after an identifier: /v3/apps/{guid}/droplets.
      .filter(({ segment, index }) => {
        if (isParameterSegment(segment) || (index > 0 && !isParameterSegment(segments[index - 1]))) return false;
        const prefixPath = `${prefix}/${segments.slice(0, index + 1).join('/')}`;
        return prefixPath === path ? isCollection : isCollectionPath(prefixPath);
      })
      .map(({ index }) => index);
    return { path, segments, kind, item: asObject(deref(root, item)), collectionSegments };
  });

  const kindOf = (pathInfo: PathInfo, method: string, operation: JsonObject, responses: ResponseInfo[]): OperationKind => {
    if (APPENDABLE.has(pathInfo.kind) && appendsToList(root, pathInfo.item, method)) return 'add';
    const kind = operationKind(pathInfo.kind, method);
    // A POST to a collection is a create by what its bodies are, not by where it is (a purge is an action).
    return kind === 'create' && collectionAction(operation, responses, schemaKind) ? 'action' : kind;
  };

  const componentPaths = new Map<unknown, JsonPath>();
  for (const section of COMPONENT_SECTIONS) {
    for (const [name, entry] of Object.entries(asObject(asObject(root.components)[section]))) {
      const resolved = deref(root, entry);
      if (isObject(resolved) && !componentPaths.has(resolved)) componentPaths.set(resolved, ['components', section, name]);
    }
  }
  const operations: OperationInfo[] = [];
  for (const pathInfo of paths) {
    for (const method of HTTP_METHODS) {
      const operation = deref(root, pathInfo.item[method]);
      if (!isObject(operation)) continue;
      const jsonPath = ['paths', pathInfo.path, method];
      const request = jsonContentOf(root, operation.requestBody);
      const responses = responsesOf(root, operation, jsonPath);
      operations.push({
        path: pathInfo.path,
        method,
        label: `${method.toUpperCase()} ${pathInfo.path}`,
        operation,
        pathInfo,
        kind: kindOf(pathInfo, method, operation, responses),
        jsonPath,
        parameters: parametersOf(root, pathInfo, operation, jsonPath),
        responses,
        requestSchema: request?.schema,
        requestMediaType: request?.mediaType,
      });
    }
  }

  const componentPath = (node: unknown) => componentPaths.get(node);
  return { root, paths, operations, pathByKey: new Map(paths.map((p) => [p.path, p])), schemaKind, componentPath };
}

/**
 * A nested object with a `resources` list but no `pagination`, whose items have no `guid`, is a
 * pseudo-resource rather than a collection (`/v3/processes/{guid}/stats`), unless its members
 * have paths of their own (`/v3/spaces/{guid}/features/{name}`).
 */
function isPseudoResourceList(root: unknown, path: string, shown: unknown): boolean {
  const properties = mergeSchema(root, shown, true).properties;
  const items = asObject(deref(root, properties.get('resources'))).items;
  return (
    segmentsOf(path).length > 1 &&
    !properties.has('pagination') &&
    items !== undefined &&
    !mergeSchema(root, items, true).properties.has('guid')
  );
}

function pathKind(
  root: unknown,
  path: string,
  segments: string[],
  item: JsonObject,
  keys: Set<string>,
  isCollection: boolean,
): PathKind {
  const last = segments[segments.length - 1];
  const beforeLast = segments[segments.length - 2];
  if (segments.length === 0) return 'root';
  if (isParameterSegment(last)) {
    return segments[segments.length - 3] === 'relationships' ? 'relationship-member' : 'resource';
  }
  if (beforeLast === 'actions') return 'action';
  if (beforeLast === 'relationships') {
    return isToMany(root, path, last, item, keys) ? 'relationship-to-many' : 'relationship-to-one';
  }
  if (last === 'upload') return 'upload';
  if (last === 'download') return 'download';
  if (isCollection) return segments.length === 1 ? 'collection' : 'nested-collection';
  // The guide's pseudo-resources are nested under a resource (`/v3/apps/{guid}/environment_variables`);
  // a path with no identifier before it (`/v3/info`, `/v3/resource_matches`) is a singleton.
  return segments.some(isParameterSegment) ? 'pseudo-resource' : 'singleton';
}

/** Decided by the `data` schema first, then by the operations only to-many has, then by the name. */
function isToMany(root: unknown, path: string, name: string, item: JsonObject, keys: Set<string>): boolean {
  const bodies = [
    successSchema(root, item.get),
    jsonSchemaOf(root, asObject(deref(root, item.patch)).requestBody),
    jsonSchemaOf(root, asObject(deref(root, item.post)).requestBody),
  ];
  for (const body of bodies) {
    const data = mergeSchema(root, body, true).properties.get('data');
    if (data === undefined) continue;
    if (allowsType(root, data, 'array') || isObject(asObject(deref(root, data)).items)) return true;
    if (allowsType(root, data, 'object') || mergeSchema(root, data, true).properties.has('guid')) return false;
  }
  if (item.post !== undefined) return true;
  if ([...keys].some((key) => key.startsWith(`${path}/{`))) return true;
  return pluralize.isPlural(name);
}

const OPERATION_KINDS: Partial<Record<PathKind, Partial<Record<string, OperationKind>>>> = {
  root: { get: 'show' },
  collection: { get: 'list', post: 'create', patch: 'update', delete: 'delete' },
  'nested-collection': { get: 'list', post: 'create', patch: 'update', delete: 'delete' },
  resource: { get: 'show', patch: 'update', delete: 'delete' },
  'pseudo-resource': { get: 'show', patch: 'update', delete: 'delete' },
  singleton: { get: 'show', patch: 'update', delete: 'delete' },
  action: { post: 'action' },
  upload: { post: 'upload' },
  download: { get: 'download' },
  'relationship-to-one': { get: 'relationship-show', patch: 'relationship-replace' },
  'relationship-to-many': { get: 'relationship-show', post: 'relationship-add', patch: 'relationship-replace' },
  'relationship-member': { delete: 'relationship-remove' },
};

/** Paths that hold a list a POST can append to: collections, pseudo-resources (`…/visibility`) and singletons. */
const APPENDABLE = new Set<PathKind>(['collection', 'nested-collection', 'pseudo-resource', 'singleton']);

/**
 * A POST that answers 200 with the very list the path's GET shows appends members to a list-valued
 * sub-resource (`POST /v3/routes/{guid}/destinations`), as a to-many relationship "add" does; it is
 * not a create that owes 201.
 */
function appendsToList(root: unknown, item: JsonObject, method: string): boolean {
  if (method !== 'post') return false;
  const added = jsonSchemaOf(root, asObject(asObject(deref(root, item.post)).responses)['200']);
  const listed = jsonSchemaOf(root, asObject(asObject(deref(root, item.get)).responses)['200']);
  return added !== undefined && deref(root, added) === deref(root, listed);
}

function operationKind(pathKind: PathKind, method: string): OperationKind {
  return OPERATION_KINDS[pathKind]?.[method] ?? 'other';
}

function parametersOf(root: unknown, pathInfo: PathInfo, operation: JsonObject, jsonPath: JsonPath): ParameterInfo[] {
  const byKey = new Map<string, ParameterInfo>();
  const collect = (list: unknown, basePath: JsonPath) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      const parameter = deref(root, raw);
      if (!isObject(parameter)) return;
      byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, { parameter, jsonPath: [...basePath, 'parameters', index] });
    });
  };
  collect(pathInfo.item.parameters, ['paths', pathInfo.path]);
  collect(operation.parameters, jsonPath);
  return [...byKey.values()];
}

function responsesOf(root: unknown, operation: JsonObject, jsonPath: JsonPath): ResponseInfo[] {
  return Object.entries(asObject(deref(root, operation.responses))).flatMap(([code, raw]) => {
    const response = deref(root, raw);
    if (!isObject(response)) return [];
    const content = jsonContentOf(root, response);
    return [{ code, response, jsonPath: [...jsonPath, 'responses', code], mediaType: content?.mediaType, schema: content?.schema }];
  });
}

function successSchema(root: unknown, operation: unknown): unknown {
  const responses = asObject(asObject(deref(root, operation)).responses);
  return jsonSchemaOf(root, responses['200'] ?? responses['201']);
}

function kindOfSchema(root: unknown, schema: JsonObject): SchemaKind {
  const properties = mergeSchema(root, schema, true).properties;
  const has = (name: string) => properties.has(name);
  if (has('errors') && !has('guid') && !has('state')) return 'error';
  if (has('resources') || has('pagination')) return 'collection';
  if (has('total_results') || has('total_pages')) return 'pagination';
  if (has('href') && !has('guid')) return 'link';
  if (has('state') && has('operation')) return 'job';
  if (has('data') && !has('guid') && [...properties.keys()].every((name) => name === 'data' || name === 'links')) {
    return 'relationship';
  }
  if (has('guid')) return 'resource';
  return 'other';
}
