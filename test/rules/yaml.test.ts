import { DiagnosticSeverity, openapi, testRule } from '../harness';

const applyManifest = (content: Record<string, unknown>, summary = 'Apply a manifest to a space') =>
  openapi({ '/v3/spaces/{guid}/actions/apply_manifest': { post: { summary, requestBody: { content }, responses: { '202': { description: 'accepted' } } } } });
const schema = { schema: { type: 'object' } };

testRule('capi-yaml-request-body', [
  { name: 'an operation taking a manifest as application/x-yaml passes', document: applyManifest({ 'application/x-yaml': schema }), errors: [] },
  { name: 'text/yaml and application/yaml count as YAML', document: applyManifest({ 'text/yaml': schema, 'application/json': schema }), errors: [] },
  {
    name: 'an operation whose summary says it takes a manifest, with only a JSON body, fails',
    document: applyManifest({ 'application/json': schema }),
    errors: [
      {
        message:
          'POST /v3/spaces/{guid}/actions/apply_manifest is documented as taking a manifest or YAML (its summary), but its request body declares "application/json" and no YAML: add "application/x-yaml" (or application/yaml, text/yaml) to its content.',
        path: ['paths', '/v3/spaces/{guid}/actions/apply_manifest', 'post', 'requestBody', 'content'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  { name: 'an operation that does not speak of manifests or YAML may take JSON only', document: applyManifest({ 'application/json': schema }, 'Scale a process'), errors: [] },
  {
    name: 'a GET that returns a manifest takes no body and passes',
    document: openapi({ '/v3/apps/{guid}/manifest': { get: { summary: 'Generate a manifest for an app', responses: { '200': { description: 'ok', content: { 'application/x-yaml': schema } } } } } }),
    errors: [],
  },
]);
