import * as fs from 'fs';
import * as path from 'path';
import * as Parsers from '@stoplight/spectral-parsers';
import { classify } from '../lib/classify';
import { ROOT } from './harness';

const clean = Parsers.Yaml.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/clean.yaml'), 'utf8')).data;

describe('classify', () => {
  const doc = classify(clean);
  const kindOf = (p: string) => doc.pathByKey.get(p)?.kind;
  const operation = (label: string) => doc.operations.find((op) => op.label === label);

  it('classifies every kind of path by structure', () => {
    expect(kindOf('/v3')).toBe('root');
    expect(kindOf('/v3/apps')).toBe('collection');
    expect(kindOf('/v3/apps/{guid}')).toBe('resource');
    expect(kindOf('/v3/apps/{guid}/environment_variables')).toBe('pseudo-resource');
    expect(kindOf('/v3/apps/{guid}/actions/start')).toBe('action');
    expect(kindOf('/v3/apps/{guid}/relationships/space')).toBe('relationship-to-one');
    expect(kindOf('/v3/spaces/{guid}/relationships/isolation_segments')).toBe('relationship-to-many');
    expect(kindOf('/v3/spaces/{guid}/relationships/isolation_segments/{isolation_segment_guid}')).toBe('relationship-member');
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

  it('decides nested collections and pseudo-resources by structure, not by name', () => {
    const list = { get: { responses: { '200': { content: { 'application/json': { schema: { properties: { resources: {}, pagination: {} } } } } } } } };
    const show = { get: { responses: { '200': { content: { 'application/json': { schema: { properties: { name: {} } } } } } } } };
    const nested = classify({
      paths: { '/v3/apps/{guid}/droplets': list, '/v3/apps/{guid}/stats': show, '/v3/service_plans/{guid}/visibility': show, '/v3/service_plans/{guid}/visibility/{org_guid}': {} },
    });
    expect(nested.pathByKey.get('/v3/apps/{guid}/droplets')?.kind).toBe('nested-collection');
    expect(nested.pathByKey.get('/v3/apps/{guid}/stats')?.kind).toBe('pseudo-resource');
    expect(nested.pathByKey.get('/v3/service_plans/{guid}/visibility')?.kind).toBe('pseudo-resource');
  });

  it('takes an unpaginated list of objects without guid for a pseudo-resource (process stats)', () => {
    const response = (schema: unknown) => ({ get: { responses: { '200': { content: { 'application/json': { schema } } } } } });
    const stats = { properties: { resources: { type: 'array', items: { properties: { index: {}, state: {} } } } } };
    const sidecars = { properties: { resources: { type: 'array', items: { properties: { guid: {} } } } } };
    const nested = classify({
      paths: {
        '/v3/processes/{guid}/stats': response(stats),
        '/v3/apps/{guid}/sidecars': response(sidecars),
        '/v3/apps/{guid}/features': response(stats),
        '/v3/apps/{guid}/features/{name}': {},
      },
    });
    expect(nested.pathByKey.get('/v3/processes/{guid}/stats')?.kind).toBe('pseudo-resource');
    expect(nested.pathByKey.get('/v3/apps/{guid}/sidecars')?.kind).toBe('nested-collection');
    // Members with paths of their own make it a collection, whatever its body lacks.
    expect(nested.pathByKey.get('/v3/apps/{guid}/features')?.kind).toBe('nested-collection');
  });

  it('reports a shared response at the operation, an inline one at itself', () => {
    const shared = { description: 'not found' };
    const withShared = classify({ paths: { '/v3/apps/{guid}': { get: { responses: { '200': { description: 'ok' }, '404': shared } } } }, components: { responses: { NotFound: shared } } });
    const byCode = (code: string) => withShared.operations[0].responses.find((r) => r.code === code);
    expect(byCode('200')?.reportPath).toEqual(['paths', '/v3/apps/{guid}', 'get', 'responses', '200']);
    expect(byCode('404')?.reportPath).toEqual(['paths', '/v3/apps/{guid}', 'get', 'responses']);
  });

  it('is cached per document', () => {
    expect(classify(clean)).toBe(doc);
    expect(classify(JSON.parse(JSON.stringify(clean)))).not.toBe(doc);
  });

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
