import { stableMessage } from '../cli/baseline-identity';

/**
 * Messages about a node that many places share name the first of those places and count the
 * others; a baseline identity leaves both out, so that an unrelated change (a new operation, a
 * schema renamed elsewhere) does not make an old finding "new". Each case: the template, two
 * messages of it that differ only in the places they name, and what is left.
 */
const TEMPLATES: { rule: string; messages: [string, string]; left: string }[] = [
  {
    rule: 'capi-errors-body-schema',
    messages: [
      'Error body schema of GET / 404 and 1251 more error responses: "errors" is not required; error bodies are { errors: [ { detail, title, code } ] }.',
      'Error body schema of GET /v3/apps 400: "errors" is not required; error bodies are { errors: [ { detail, title, code } ] }.',
    ],
    left: 'Error body schema: "errors" is not required; error bodies are { errors: [ { detail, title, code } ] }.',
  },
  {
    rule: 'capi-collections-pagination',
    messages: [
      'Collection returned by GET /v3/processes (schema "ProcessList") has no "pagination" field: a collection must contain a "pagination" object.',
      'Collection returned by GET /v3/apps/{guid}/processes (schema "ProcessList") has no "pagination" field: a collection must contain a "pagination" object.',
    ],
    left: 'Collection (schema "ProcessList") has no "pagination" field: a collection must contain a "pagination" object.',
  },
  {
    rule: 'capi-links-action-method',
    messages: [
      'Link "start" (schema "App" at allOf.1.properties.links) points to the action POST /v3/apps/{guid}/actions/start: declare its "method".',
      'Link "start" (schema "App" at allOf.1.properties.links) points to the action POST /v3/other/{guid}/actions/start: declare its "method".',
    ],
    left: 'Link "start" (schema "App" at allOf.1.properties.links) points to the action POST …: declare its "method".',
  },
  {
    rule: 'capi-resources-required-fields',
    messages: [
      'Resource fields "guid", "created_at" (schema "BaseSchema", in resource schema "App" and 31 more) are listed but not required: add them to "required".',
      'Resource fields "guid", "created_at" (schema "BaseSchema", in resource schema "AppUsageEvent" and 32 more) are listed but not required: add them to "required".',
    ],
    left: 'Resource fields "guid", "created_at" (schema "BaseSchema", in resource schemas) are listed but not required: add them to "required".',
  },
  {
    rule: 'capi-filters-operators-declared',
    messages: [
      'Filter "created_ats" (GET /v3/apps and 32 more) supports operators only in its description: declare "created_ats[lt]" as query parameters.',
      'Filter "created_ats" (GET /v3/audit_events) supports operators only in its description: declare "created_ats[lt]" as query parameters.',
    ],
    left: 'Filter "created_ats" supports operators only in its description: declare "created_ats[lt]" as query parameters.',
  },
  {
    rule: 'any rule that counts other places',
    messages: ['Something of "x" and 3 more is wrong.', 'Something of "x" and 40 more is wrong.'],
    left: 'Something of "x" and N more is wrong.',
  },
];

describe('a baseline identity leaves out the places a message names beside its own node', () => {
  it.each(TEMPLATES)('$rule', ({ messages: [one, other], left }) => {
    expect(stableMessage(one)).toBe(left);
    expect(stableMessage(other)).toBe(left);
  });

  it('keeps what the finding itself says: two problems of one node stay two identities', () => {
    expect(stableMessage('Error body schema of GET /v3/apps 400: "errors" is not required; x.')).not.toBe(
      stableMessage('Error body schema of GET /v3/apps 400: "errors" does not declare "minItems: 1"; x.'),
    );
  });
});
