import * as fs from 'fs';
import * as path from 'path';
import * as Parsers from '@stoplight/spectral-parsers';
import { classify, PathKind } from '../lib/classify';
import { ROOT } from './harness';

const clean = Parsers.Yaml.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/clean.yaml'), 'utf8')).data;

// Small documents, one per scenario: each decision of the classifier has cases of its own.
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const shows = (schema: unknown) => ({ responses: { '200': json(schema) } });
const takes = (schema: unknown) => ({ requestBody: json(schema), responses: { '200': { description: 'ok' } } });
const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const guid = { type: 'string', format: 'uuid' };
const list = object({ resources: { type: 'array', items: object({ guid }) }, pagination: object({ total_results: { type: 'integer' } }) });
const noBody = { responses: { '204': { description: 'no content' } } };
const nothing = { description: 'no body' };
const creates = { requestBody: json(object({ name: {} })), responses: { '201': json(object({ guid })) } };

function kindOf(target: string, paths: Record<string, unknown>, components: Record<string, unknown> = {}): PathKind | undefined {
  return classify({ openapi: '3.1.0', paths, components }).pathByKey.get(target)?.kind;
}

describe('classify the official-style fixture', () => {
  const doc = classify(clean);
  const kindOfPath = (p: string) => doc.pathByKey.get(p)?.kind;
  const operation = (label: string) => doc.operations.find((op) => op.label === label);

  it('classifies every kind of path by structure', () => {
    expect(kindOfPath('/v3')).toBe('root');
    expect(kindOfPath('/v3/apps')).toBe('collection');
    expect(kindOfPath('/v3/apps/{guid}')).toBe('resource');
    expect(kindOfPath('/v3/apps/{guid}/environment_variables')).toBe('pseudo-resource');
    expect(kindOfPath('/v3/apps/{guid}/actions/start')).toBe('action');
    expect(kindOfPath('/v3/apps/{guid}/relationships/space')).toBe('relationship-to-one');
    expect(kindOfPath('/v3/spaces/{guid}/relationships/isolation_segments')).toBe('relationship-to-many');
    expect(kindOfPath('/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}')).toBe('relationship-member');
  });

  it('classifies operations', () => {
    expect(operation('GET /v3/apps')?.kind).toBe('list');
    expect(operation('POST /v3/apps')?.kind).toBe('create');
    expect(operation('PATCH /v3/apps/{guid}')?.kind).toBe('update');
    expect(operation('DELETE /v3/apps/{guid}')?.kind).toBe('delete');
    expect(operation('POST /v3/processes/{guid}/actions/scale')?.kind).toBe('action');
    expect(operation('POST /v3/spaces/{guid}/relationships/isolation_segments')?.kind).toBe('relationship-add');
  });

  it('classifies response schemas through $ref and allOf', () => {
    const schemaOf = (label: string, code: string) => operation(label)?.responses.find((r) => r.code === code)?.schema;
    expect(doc.schemaKind(schemaOf('GET /v3/apps/{guid}', '200'))).toBe('resource');
    expect(doc.schemaKind(schemaOf('GET /v3/apps', '200'))).toBe('collection');
    expect(doc.schemaKind(schemaOf('GET /v3/apps', '400'))).toBe('error');
    expect(doc.schemaKind(schemaOf('GET /v3/jobs/{guid}', '200'))).toBe('job');
    expect(doc.schemaKind(schemaOf('GET /v3/apps/{guid}/relationships/space', '200'))).toBe('relationship');
  });

  it('is cached per document', () => {
    expect(classify(clean)).toBe(doc);
    expect(classify(JSON.parse(JSON.stringify(clean)))).not.toBe(doc);
  });
});

describe('path kinds decided by the path alone', () => {
  it.each([
    ['the API root /v3 is the root', '/v3', 'root'],
    ['/ is the root', '/', 'root'],
    ['a collection followed by an identifier is a resource', '/v3/apps/{guid}', 'resource'],
    ['a segment under actions is an action', '/v3/apps/{guid}/actions/start', 'action'],
    ['an identifier under a relationship is a relationship member', '/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}', 'relationship-member'],
    ['a last segment "upload" is an upload', '/v3/packages/{guid}/upload', 'upload'],
    ['a last segment "download" is a download', '/v3/packages/{guid}/download', 'download'],
  ] as const)('%s', (_title, target, kind) => {
    expect(kindOf(target, { [target]: { get: noBody } })).toBe(kind);
  });
});

describe('collections, nested collections and pseudo-resources', () => {
  it('a top-level path whose GET shows a list is a collection', () => {
    expect(kindOf('/v3/apps', { '/v3/apps': { get: shows(list) } })).toBe('collection');
  });

  it('a top-level path followed by an identifier is a collection even without a GET', () => {
    expect(kindOf('/v3/apps', { '/v3/apps': { post: takes(object({ name: {} })) }, '/v3/apps/{guid}': { get: shows(object({ guid })) } })).toBe('collection');
  });

  it('a path followed by an identifier whose GET body is no object schema is a collection', () => {
    expect(kindOf('/v3/apps/{guid}/things', { '/v3/apps/{guid}/things': { get: shows(true) }, '/v3/apps/{guid}/things/{thing_guid}': { get: noBody } })).toBe('nested-collection');
  });

  it('a path followed by an identifier whose GET shows one object is a pseudo-resource (visibility)', () => {
    const paths = { '/v3/service_plans/{guid}/visibility': { get: shows(object({ type: {} })) }, '/v3/service_plans/{guid}/visibility/{org_guid}': { delete: noBody } };
    expect(kindOf('/v3/service_plans/{guid}/visibility', paths)).toBe('pseudo-resource');
  });

  it('a nested path whose GET shows a list is a nested collection', () => {
    expect(kindOf('/v3/apps/{guid}/droplets', { '/v3/apps/{guid}/droplets': { get: shows(list) } })).toBe('nested-collection');
  });

  it('a nested path whose GET shows one object is a pseudo-resource', () => {
    expect(kindOf('/v3/apps/{guid}/environment_variables', { '/v3/apps/{guid}/environment_variables': { get: shows(object({ var: {} })) } })).toBe('pseudo-resource');
  });

  it('a top-level path whose GET shows one object is a singleton, not a pseudo-resource (nothing it is nested under)', () => {
    expect(kindOf('/v3/info', { '/v3/info': { get: shows(object({ name: {} })) } })).toBe('singleton');
    expect(kindOf('/v3/info/usage_summary', { '/v3/info/usage_summary': { get: shows(object({ usage: {} })) } })).toBe('singleton');
  });

  it('a top-level path with only a POST is a singleton', () => {
    expect(kindOf('/v3/resource_matches', { '/v3/resource_matches': { post: takes(object({ resources: {} })) } })).toBe('singleton');
  });

  it('a nested path without a GET and without an identifier after it is a pseudo-resource', () => {
    expect(kindOf('/v3/apps/{guid}/ssh_enabled', { '/v3/apps/{guid}/ssh_enabled': { patch: takes(object({ enabled: {} })) } })).toBe('pseudo-resource');
  });

  describe('an unpaginated list of objects without guid (process stats)', () => {
    const stats = object({ resources: { type: 'array', items: object({ index: {}, state: {} }) } });

    it('is a pseudo-resource when nested', () => {
      expect(kindOf('/v3/processes/{guid}/stats', { '/v3/processes/{guid}/stats': { get: shows(stats) } })).toBe('pseudo-resource');
    });

    it('is a collection at the top level', () => {
      expect(kindOf('/v3/stats', { '/v3/stats': { get: shows(stats) } })).toBe('collection');
    });

    it('is a nested collection when paginated', () => {
      const paginated = object({ ...stats.properties, pagination: object({}) });
      expect(kindOf('/v3/processes/{guid}/stats', { '/v3/processes/{guid}/stats': { get: shows(paginated) } })).toBe('nested-collection');
    });

    it('is a nested collection when its resources declare no items', () => {
      expect(kindOf('/v3/processes/{guid}/stats', { '/v3/processes/{guid}/stats': { get: shows(object({ resources: { type: 'array' } })) } })).toBe('nested-collection');
    });

    it('is a nested collection when its items have a guid (sidecars)', () => {
      const sidecars = object({ resources: { type: 'array', items: object({ guid }) } });
      expect(kindOf('/v3/apps/{guid}/sidecars', { '/v3/apps/{guid}/sidecars': { get: shows(sidecars) } })).toBe('nested-collection');
    });

    it('is a nested collection when its members have paths of their own (features)', () => {
      const paths = { '/v3/apps/{guid}/features': { get: shows(stats) }, '/v3/apps/{guid}/features/{name}': { get: noBody } };
      expect(kindOf('/v3/apps/{guid}/features', paths)).toBe('nested-collection');
    });
  });

  describe('the segments that name a collection', () => {
    const collectionSegments = (target: string, paths: Record<string, unknown>) => classify({ paths }).pathByKey.get(target)?.collectionSegments;

    it('are the top-level one and one right after an identifier that is a collection', () => {
      const paths = { '/v3/apps': { get: shows(list) }, '/v3/apps/{guid}/droplets': { get: shows(list) } };
      expect(collectionSegments('/v3/apps/{guid}/droplets', paths)).toEqual([0, 2]);
    });

    it('leave out a segment right after an identifier that is no collection', () => {
      const paths = { '/v3/apps': { get: shows(list) }, '/v3/apps/{guid}/environment_variables': { get: shows(object({ var: {} })) } };
      expect(collectionSegments('/v3/apps/{guid}/environment_variables', paths)).toEqual([0]);
    });

    it('leave out a segment right after another literal segment', () => {
      expect(collectionSegments('/v3/admin/apps', { '/v3/admin': { get: shows(list) }, '/v3/admin/apps': { get: shows(list) } })).toEqual([0]);
    });
  });
});

describe('to-one or to-many relationships', () => {
  const relationship = (name: string, item: unknown, extra: Record<string, unknown> = {}) =>
    kindOf(`/v3/spaces/{guid}/relationships/${name}`, { [`/v3/spaces/{guid}/relationships/${name}`]: item, ...extra });
  const data = (schema: unknown) => object({ data: schema, links: object({}) });
  const toOneData = object({ guid });
  const toManyData = { type: 'array', items: object({ guid }) };

  // Singular names where the body says to-many and plural names where it says to-one, so the
  // name (the last probe) cannot give the answer.
  it('GET data typed array, without items: to-many', () => {
    expect(relationship('owner', { get: shows(data({ type: 'array' })) })).toBe('relationship-to-many');
  });

  it('GET data with items but no type: to-many', () => {
    expect(relationship('owner', { get: shows(data({ items: toOneData })) })).toBe('relationship-to-many');
  });

  it('GET data typed object, without properties: to-one', () => {
    expect(relationship('spaces', { get: shows(data({ type: 'object' })) })).toBe('relationship-to-one');
  });

  it('GET data with a guid but no type: to-one', () => {
    expect(relationship('spaces', { get: shows(data({ properties: { guid } })) })).toBe('relationship-to-one');
  });

  it('GET data that is a nullable object (OAS 3.1 type list): to-one', () => {
    expect(relationship('spaces', { get: shows(data({ type: ['object', 'null'] })) })).toBe('relationship-to-one');
  });

  it('GET data that is a nullable object (OAS 3.0 nullable): to-one', () => {
    expect(relationship('spaces', { get: shows(data({ type: 'object', nullable: true })) })).toBe('relationship-to-one');
  });

  it('GET data through a $ref: decided by the referenced schema', () => {
    const doc = {
      openapi: '3.1.0',
      paths: { '/v3/spaces/{guid}/relationships/spaces': { get: shows({ $ref: '#/components/schemas/ToOne' }) } },
      components: { schemas: { ToOne: data(toOneData) } },
    };
    expect(classify(doc).pathByKey.get('/v3/spaces/{guid}/relationships/spaces')?.kind).toBe('relationship-to-one');
  });

  it('a GET body without data leaves it to the PATCH body: array data is to-many', () => {
    expect(relationship('owner', { get: shows(object({ links: object({}) })), patch: takes(data(toManyData)) })).toBe('relationship-to-many');
  });

  it('the POST body decides before the POST itself: object data is to-one', () => {
    expect(relationship('spaces', { post: takes(data(toOneData)) })).toBe('relationship-to-one');
  });

  it('no data anywhere, a POST: to-many', () => {
    expect(relationship('owner', { get: { responses: { '200': nothing } }, post: { responses: { '200': nothing } } })).toBe('relationship-to-many');
  });

  it('no data anywhere, a member path under it: to-many', () => {
    const member = { '/v3/spaces/{guid}/relationships/owner/{owner_guid}': { delete: noBody } };
    expect(relationship('owner', { get: { responses: { '200': nothing } } }, member)).toBe('relationship-to-many');
  });

  it('no data anywhere, no POST, no member: a plural name is to-many', () => {
    expect(relationship('owners', { get: { responses: { '200': nothing } } })).toBe('relationship-to-many');
  });

  it('no data anywhere, no POST, no member: a singular name is to-one', () => {
    expect(relationship('owner', { get: { responses: { '200': nothing } } })).toBe('relationship-to-one');
  });
});

describe('a POST to a collection is a create by what its bodies are', () => {
  const kindOfPost = (post: Record<string, unknown>) =>
    classify({ paths: { '/v3/events': { get: shows(list), post } } }).operations.find(({ method }) => method === 'post')?.kind;

  it.each([
    ['it takes a body and answers 201', creates],
    ['it takes a body and answers 202 (a job creates it)', { requestBody: json(object({ name: {} })), responses: { '202': nothing } }],
    ['it answers 200 with a resource, whatever its summary says', { summary: 'Purge events', responses: { '200': json(object({ guid })) } }],
    ['its summary opens with "Create", even when its description names an action', { summary: 'Create an event', description: 'Starts …', responses: { '202': nothing } }],
  ])('a create when %s', (_title, post) => {
    expect(kindOfPost(post)).toBe('create');
  });

  it.each([
    ['its summary opens with an action verb past adverbs', { summary: 'Destructively purge all events', requestBody: json(object({})), responses: { '202': nothing } }],
    ['its operationId opens with an action verb', { operationId: 'reseedEvents', responses: { '200': json(object({ count: {} })) } }],
    ['its description opens with an action verb', { description: 'Clears the events.', responses: { '200': json(object({})) } }],
    ['it takes no body and answers 202 with nothing', { responses: { '202': nothing } }],
    ['it takes no body and answers 204', noBody],
  ])('an action when %s', (_title, post) => {
    expect(kindOfPost(post)).toBe('action');
  });
});

describe('operation kinds, by path kind and method', () => {
  const paths = {
    '/v3': { get: noBody },
    '/v3/apps': { get: shows(list), post: creates, patch: noBody, delete: noBody, put: noBody },
    '/v3/apps/{guid}': { get: noBody, patch: noBody, delete: noBody, post: noBody },
    '/v3/apps/{guid}/droplets': { get: shows(list), post: creates },
    '/v3/apps/{guid}/environment_variables': { get: shows(object({ var: {} })), patch: noBody, delete: noBody, post: noBody },
    '/v3/apps/{guid}/actions/start': { post: noBody, get: noBody },
    '/v3/packages/{guid}/upload': { post: noBody },
    '/v3/packages/{guid}/download': { get: noBody },
    '/v3/apps/{guid}/relationships/space': { get: shows(object({ data: object({ guid }) })), patch: noBody },
    '/v3/spaces/{guid}/relationships/isolation_segments': { get: shows(object({ data: { type: 'array' } })), post: noBody, patch: noBody },
    '/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}': { delete: noBody },
  };
  const doc = classify({ paths });
  it.each([
    ['GET /v3', 'show'],
    ['GET /v3/apps', 'list'],
    ['POST /v3/apps', 'create'],
    ['PATCH /v3/apps', 'update'],
    ['DELETE /v3/apps', 'delete'],
    ['PUT /v3/apps', 'other'],
    ['GET /v3/apps/{guid}', 'show'],
    ['PATCH /v3/apps/{guid}', 'update'],
    ['DELETE /v3/apps/{guid}', 'delete'],
    ['POST /v3/apps/{guid}', 'other'],
    ['GET /v3/apps/{guid}/droplets', 'list'],
    ['POST /v3/apps/{guid}/droplets', 'create'],
    ['GET /v3/apps/{guid}/environment_variables', 'show'],
    ['PATCH /v3/apps/{guid}/environment_variables', 'update'],
    ['DELETE /v3/apps/{guid}/environment_variables', 'delete'],
    ['POST /v3/apps/{guid}/environment_variables', 'other'],
    ['POST /v3/apps/{guid}/actions/start', 'action'],
    ['GET /v3/apps/{guid}/actions/start', 'other'],
    ['POST /v3/packages/{guid}/upload', 'upload'],
    ['GET /v3/packages/{guid}/download', 'download'],
    ['GET /v3/apps/{guid}/relationships/space', 'relationship-show'],
    ['PATCH /v3/apps/{guid}/relationships/space', 'relationship-replace'],
    ['GET /v3/spaces/{guid}/relationships/isolation_segments', 'relationship-show'],
    ['POST /v3/spaces/{guid}/relationships/isolation_segments', 'relationship-add'],
    ['PATCH /v3/spaces/{guid}/relationships/isolation_segments', 'relationship-replace'],
    ['DELETE /v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}', 'relationship-remove'],
  ])('%s is %s', (label, kind) => {
    expect(doc.operations.find((op) => op.label === label)?.kind).toBe(kind);
  });
});

describe('schema kinds, by the fields a schema declares', () => {
  const kindOfSchema = (schema: unknown) => classify({}).schemaKind(schema);
  it.each([
    ['errors alone: an error', { errors: {} }, 'error'],
    ['errors with a guid: a resource', { errors: {}, guid: {} }, 'resource'],
    ['errors with state and operation: a job', { errors: {}, state: {}, operation: {} }, 'job'],
    ['resources: a collection', { resources: {} }, 'collection'],
    ['pagination: a collection', { pagination: {} }, 'collection'],
    ['total_results: pagination', { total_results: {} }, 'pagination'],
    ['total_pages: pagination', { total_pages: {} }, 'pagination'],
    ['href: a link', { href: {}, method: {} }, 'link'],
    ['href with a guid: a resource', { href: {}, guid: {} }, 'resource'],
    ['state and operation: a job', { state: {}, operation: {}, guid: {} }, 'job'],
    ['state alone with a guid: a resource', { state: {}, guid: {} }, 'resource'],
    ['data alone: a relationship', { data: {} }, 'relationship'],
    ['data and links: a relationship', { data: {}, links: {} }, 'relationship'],
    ['data with a guid: a resource', { data: {}, guid: {} }, 'resource'],
    ['data with another field: other', { data: {}, name: {} }, 'other'],
    ['a guid: a resource', { guid: {}, name: {} }, 'resource'],
    ['none of these: other', { name: {} }, 'other'],
  ])('%s', (_title, properties, kind) => {
    expect(kindOfSchema({ type: 'object', properties })).toBe(kind);
  });

  it('reads the fields of allOf members', () => {
    expect(kindOfSchema({ allOf: [{ properties: { guid: {} } }, { properties: { name: {} } }] })).toBe('resource');
  });
});

describe('parameters and responses of an operation', () => {
  it('lets an operation parameter replace the path parameter of the same name and place', () => {
    const doc = classify({
      paths: {
        '/v3/apps': {
          parameters: [{ name: 'page', in: 'query', description: 'path level' }, { name: 'page', in: 'header' }],
          get: { parameters: [{ name: 'page', in: 'query', description: 'operation level' }], responses: {} },
        },
      },
    });
    const parameters = doc.operations[0].parameters.map(({ parameter, jsonPath }) => `${String(parameter.in)} ${String(parameter.description)} ${jsonPath.join('.')}`);
    expect(parameters.sort()).toEqual(['header undefined paths./v3/apps.parameters.1', 'query operation level paths./v3/apps.get.parameters.0']);
  });
});

describe('classify on odd input', () => {
  it('survives $ref cycles, object cycles and odd input', () => {
    const cyclic: any = { type: 'object', properties: {} };
    cyclic.properties.self = cyclic;
    const odd = [
      null,
      42,
      'openapi',
      [],
      { paths: null },
      { paths: { '/v3/apps': null, '/v3/x': 3, nope: {} } },
      { paths: { '/v3/apps': { get: { responses: { '200': { $ref: '#/components/responses/A' } } } } }, components: { responses: { A: { $ref: '#/components/responses/A' } } } },
      { paths: { '/v3/apps': { get: { responses: { '200': { content: { 'application/json': { schema: cyclic } } } } } } } },
      { paths: { '/v3/apps': { parameters: 'x', get: { parameters: [null, 1], responses: [] } } } },
    ];
    for (const input of odd) {
      const result = classify(input);
      for (const op of result.operations) for (const r of op.responses) result.schemaKind(r.schema);
    }
  });
});
