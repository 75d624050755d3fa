import { DiagnosticSeverity, openapi, testRule } from '../harness';

const upload = (content: Record<string, unknown>) =>
  openapi({ '/v3/packages/{guid}/upload': { post: { requestBody: { content }, responses: { '200': { description: 'ok' } } } } });

testRule('capi-uploads-multipart', [
  { name: 'an upload accepting multipart/form-data passes', document: upload({ 'multipart/form-data': { schema: { type: 'object' } } }), errors: [] },
  {
    name: 'an upload accepting only JSON fails',
    document: upload({ 'application/json': { schema: { type: 'object' } } }),
    errors: [
      {
        message: 'POST /v3/packages/{guid}/upload is an upload but its request body accepts only application/json: accept "multipart/form-data" for the uploaded file.',
        path: ['paths', '/v3/packages/{guid}/upload', 'post', 'requestBody'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
  {
    name: 'an upload that also accepts JSON fails at the JSON media type',
    document: upload({ 'multipart/form-data': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } }),
    errors: [
      {
        message: 'POST /v3/packages/{guid}/upload is an upload but its request body also accepts "application/json": file uploads are multipart/form-data; remove "application/json".',
        path: ['paths', '/v3/packages/{guid}/upload', 'post', 'requestBody', 'content', 'application/json'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
