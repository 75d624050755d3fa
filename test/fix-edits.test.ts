import { applyEdits, conflicts } from '../lib/fix/edit';
import { fixFor, TextTrees } from '../lib/fix/fixes-for';
import type { JsonPath } from '../lib/json';

/** The text of `file` after the fix of `rule` for a finding at `at`; the text unchanged when there is no fix. */
function fixed(file: string, text: string, rule: string, at: JsonPath): string {
  const fix = fixFor({ code: rule, source: file, path: at }, new TextTrees(() => text));
  return fix ? applyEdits(text, fix.edits.filter((edit) => edit.file === file)) : text;
}

const PARAMETERS = `# Parameters of the apps list
/v3/apps:
  get:
    parameters:
      # the names filter
      - name: names
        in: query
        schema: &list
          type: array   # a list
          items:
            type: string

        description: Names to filter by # trailing comment
      - {name: guids, in: query, schema: {type: array}}
      - name: states
        in: query
        style: simple
        schema: *list
`;

describe('fix edits on YAML', () => {
  it('adds style and explode to a block parameter, aligned with its keys, after its last line (comments, anchors and blank lines stay)', () => {
    expect(fixed('/t/a.yaml', PARAMETERS, 'capi-query-parameters-comma-delimited', ['/v3/apps', 'get', 'parameters', 0, 'schema'])).toBe(
      PARAMETERS.replace('Names to filter by # trailing comment\n', 'Names to filter by # trailing comment\n        style: form\n        explode: false\n'),
    );
  });

  it('adds them inside a flow mapping, in flow style', () => {
    expect(fixed('/t/a.yaml', PARAMETERS, 'capi-query-parameters-comma-delimited', ['/v3/apps', 'get', 'parameters', 1])).toBe(
      PARAMETERS.replace('schema: {type: array}}', 'schema: {type: array}, style: form, explode: false}'),
    );
  });

  it('replaces another style value in place and adds only what is missing', () => {
    expect(fixed('/t/a.yaml', PARAMETERS, 'capi-query-parameters-comma-delimited', ['/v3/apps', 'get', 'parameters', 2])).toBe(
      PARAMETERS.replace('style: simple\n        schema: *list\n', 'style: form\n        schema: *list\n        explode: false\n'),
    );
  });

  it('writes new string values quoted when the neighbours quote theirs', () => {
    const text = "- name: 'names'\n  in: 'query'\n  schema:\n    type: array\n";
    expect(fixed('/t/a.yaml', text, 'capi-query-parameters-comma-delimited', [0])).toBe(`${text}  style: 'form'\n  explode: false\n`);
  });

  it('keeps CRLF line breaks', () => {
    const text = '- name: names\r\n  in: query\r\n  schema:\r\n    type: array\r\n';
    expect(fixed('/t/a.yaml', text, 'capi-query-parameters-comma-delimited', [0])).toBe(`${text}  style: form\r\n  explode: false\r\n`);
  });

  const SCHEMA = `# A resource
type: object
properties:
  guid: {type: string, format: uuid}

  created_at:
    type: string
  updated_at:
    type: string
required:
  # the name is always there
  - name
description: |
  A resource.

  With a blank line.
`;

  it('appends listed but unrequired fields to a block required list, after its comment and items', () => {
    expect(fixed('/t/s.yaml', SCHEMA, 'capi-resources-required-fields', [])).toBe(
      SCHEMA.replace('  - name\n', '  - name\n  - guid\n  - created_at\n  - updated_at\n'),
    );
  });

  it('creates a required list, indented as the file indents its lists, when the schema has none', () => {
    const text = 'type: object\nproperties:\n  guid:\n    type: string\nenum:\n- a\n';
    expect(fixed('/t/s.yaml', text, 'capi-resources-required-fields', ['properties', 'guid'])).toBe(
      'type: object\nproperties:\n  guid:\n    type: string\nenum:\n- a\nrequired:\n- guid\n',
    );
    const indented = 'type: object\nproperties:\n  guid:\n    type: string\n  created_at:\n    type: string\n    description: |\n      A time.\n\n';
    expect(fixed('/t/s.yaml', indented, 'capi-resources-required-fields', [])).toBe(
      'type: object\nproperties:\n  guid:\n    type: string\n  created_at:\n    type: string\n    description: |\n      A time.\nrequired:\n  - guid\n  - created_at\n\n',
    );
  });

  it('appends to a flow required list in flow style', () => {
    const text = 'type: object\nproperties: {guid: {type: string}, name: {type: string}}\nrequired: [name]  # short\n';
    expect(fixed('/t/s.yaml', text, 'capi-resources-required-fields', ['required'])).toBe(text.replace('[name]', '[name, guid]'));
  });

  it('finds the schema from a narrower node (a property, the required list) and leaves a schema that requires them all alone', () => {
    const text = 'properties:\n  guid:\n    type: string\n  created_at:\n    type: string\nrequired:\n  - guid\n';
    expect(fixed('/t/s.yaml', text, 'capi-resources-required-fields', ['properties', 'guid'])).toBe(`${text}  - created_at\n`);
    expect(fixed('/t/s.yaml', text, 'capi-resources-required-fields', ['required', 0])).toBe(`${text}  - created_at\n`);
    const done = 'properties:\n  guid:\n    type: string\nrequired:\n  - guid\n';
    expect(fixed('/t/s.yaml', done, 'capi-resources-required-fields', [])).toBe(done);
  });

  it('requires the pagination members', () => {
    const text = 'type: object\nproperties:\n  total_results:\n    type: integer\n  next:\n    type: object\n  other:\n    type: string\n';
    expect(fixed('/t/p.yaml', text, 'capi-pagination-fields', [])).toBe(`${text}required:\n  - total_results\n  - next\n`);
  });

  it('marks an operation described as experimental', () => {
    const text = 'get:\n  summary: Get a thing\n  description: This endpoint is experimental.\n  responses: {}\n';
    expect(fixed('/t/o.yaml', text, 'capi-experimental-marker', ['get'])).toBe(`${text}  x-experimental: true\n`);
    const marked = 'get:\n  description: Experimental.\n  x-experimental: false\n';
    expect(fixed('/t/o.yaml', marked, 'capi-experimental-marker', ['get'])).toBe(marked.replace('false', 'true'));
  });

  it('marks a field described as experimental in its summary, but not an operation whose description does not say so', () => {
    const field = 'properties:\n  beta:\n    type: string\n    description: (experimental) A new field.\n';
    expect(fixed('/t/o.yaml', field, 'capi-experimental-marker', ['properties', 'beta'])).toBe(`${field}    x-experimental: true\n`);
    const operation = 'get:\n  summary: Get a thing (experimental)\n  description: Gets a thing.\n  responses: {}\n';
    expect(fixed('/t/o.yaml', operation, 'capi-experimental-marker', ['get'])).toBe(operation);
  });

  it('turns a string x-experimental into the boolean it spells, and nothing else', () => {
    expect(fixed('/t/o.yaml', "get:\n  x-experimental: 'true'\n", 'capi-experimental-boolean', ['get', 'x-experimental'])).toBe('get:\n  x-experimental: true\n');
    expect(fixed('/t/o.yaml', 'get:\n  x-experimental: maybe\n', 'capi-experimental-boolean', ['get', 'x-experimental'])).toBe('get:\n  x-experimental: maybe\n');
  });

  it('declares deepObject on an object fields parameter', () => {
    const text = '- name: fields\n  in: query\n  schema:\n    type: object\n';
    expect(fixed('/t/f.yaml', text, 'capi-fields-parameter', [0])).toBe(`${text}  style: deepObject\n`);
  });

  it('suggests removing a response, its lines and nothing else', () => {
    const text = "get:\n  responses:\n    '200':\n      description: OK\n    # forbidden\n    '403':\n      $ref: ./Forbidden.yaml\n    '404':\n      description: Not found\n";
    const fix = fixFor({ code: 'capi-status-client-error-codes', source: '/t/o.yaml', path: ['get', 'responses', '403'] }, new TextTrees(() => text));
    expect(fix?.kind).toBe('suggestion');
    expect(applyEdits(text, fix!.edits)).toBe(text.replace("    '403':\n      $ref: ./Forbidden.yaml\n", ''));
    // At the responses map itself it cannot tell which code: no suggestion.
    expect(fixFor({ code: 'capi-status-client-error-codes', source: '/t/o.yaml', path: ['get', 'responses'] }, new TextTrees(() => text))).toBeUndefined();
  });

  it('suggests format: uuid on a path parameter\'s inline string schema, and nothing on one it cannot see', () => {
    const text = 'name: guid\nin: path\nrequired: true\nschema:\n  type: string\n';
    const fix = fixFor({ code: 'capi-paths-resource-guid-parameter', source: '/t/p.yaml', path: [] }, new TextTrees(() => text));
    expect(fix?.kind).toBe('suggestion');
    expect(applyEdits(text, fix!.edits)).toBe(`${text}  format: uuid\n`);
    const shared = 'name: guid\nin: path\nschema:\n  $ref: ./Guid.yaml\n';
    expect(fixFor({ code: 'capi-paths-resource-guid-parameter', source: '/t/p.yaml', path: [] }, new TextTrees(() => shared))).toBeUndefined();
  });

  it('suggests no format: uuid for a path parameter whose description says it may not be a UUID', () => {
    const text = 'name: guid\nin: path\ndescription: The user guid. A client id may not be a uuid.\nrequired: true\nschema:\n  type: string\n';
    expect(fixFor({ code: 'capi-paths-resource-guid-parameter', source: '/t/p.yaml', path: [] }, new TextTrees(() => text))).toBeUndefined();
  });

  it('has no fix for a rule that fixes nothing', () => {
    expect(fixFor({ code: 'capi-verbs-no-put', source: '/t/a.yaml', path: [] }, new TextTrees(() => PARAMETERS))).toBeUndefined();
  });
});

describe('fix edits on JSON', () => {
  const JSON_PARAMETERS = '{\n  "parameters": [\n    {\n      "name": "names",\n      "in": "query",\n      "schema": {"type": "array"}\n    },\n    {"name": "ids", "in": "query"}\n  ]\n}\n';

  it('adds keys one a line, indented like the neighbours, with the file\'s colon spacing', () => {
    expect(fixed('/t/a.json', JSON_PARAMETERS, 'capi-query-parameters-comma-delimited', ['parameters', 0])).toBe(
      JSON_PARAMETERS.replace('{"type": "array"}\n', '{"type": "array"},\n      "style": "form",\n      "explode": false\n'),
    );
    expect(fixed('/t/a.json', JSON_PARAMETERS, 'capi-query-parameters-comma-delimited', ['parameters', 1])).toBe(
      JSON_PARAMETERS.replace('"in": "query"}', '"in": "query", "style": "form", "explode": false}'),
    );
    const tight = '{"name":"names","in":"query"}';
    expect(fixed('/t/a.json', tight, 'capi-query-parameters-comma-delimited', [])).toBe('{"name":"names","in":"query", "style":"form", "explode":false}');
  });

  it('creates or extends required', () => {
    const text = '{\n\t"type": "object",\n\t"properties": {"guid": {"type": "string"}}\n}';
    expect(fixed('/t/s.json', text, 'capi-resources-required-fields', [])).toBe('{\n\t"type": "object",\n\t"properties": {"guid": {"type": "string"}},\n\t"required": ["guid"]\n}');
    const list = '{"properties": {"guid": {}, "updated_at": {}}, "required": [\n  "name"\n]}';
    expect(fixed('/t/s.json', list, 'capi-resources-required-fields', [])).toBe('{"properties": {"guid": {}, "updated_at": {}}, "required": [\n  "name",\n  "guid",\n  "updated_at"\n]}');
  });

  it('removes a member with its comma', () => {
    const text = '{"get": {"requestBody": {"content": {}}, "responses": {}}}';
    const fix = fixFor({ code: 'capi-verbs-get-no-request-body', source: '/t/o.json', path: ['get', 'requestBody'] }, new TextTrees(() => text));
    expect(applyEdits(text, fix!.edits)).toBe('{"get": {"responses": {}}}');
  });
});

describe('edit conflicts', () => {
  it('two inserts at one place conflict; an insert at the edge of a replacement does not; overlapping replacements do', () => {
    expect(conflicts({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(true);
    expect(conflicts({ start: 3, end: 3 }, { start: 3, end: 6 })).toBe(false);
    expect(conflicts({ start: 4, end: 4 }, { start: 3, end: 6 })).toBe(true);
    expect(conflicts({ start: 1, end: 4 }, { start: 3, end: 6 })).toBe(true);
    expect(conflicts({ start: 1, end: 3 }, { start: 3, end: 6 })).toBe(false);
  });
});
