import { DiagnosticSeverity, openapi, testRule } from '../harness';

const download = (content: Record<string, unknown>) =>
  openapi({ '/v3/droplets/{guid}/download': { get: { responses: { '200': { description: 'ok', content }, '302': { description: 'redirect' } } } } });

testRule('capi-downloads-binary', [
  {
    name: 'a download documented as the file\'s bytes passes',
    document: download({ 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } }),
    errors: [],
  },
  {
    name: 'a download also documented as text/html fails at that media type',
    document: download({ 'application/octet-stream': { schema: { type: 'string', format: 'binary' } }, 'text/html': { schema: { type: 'string' } } }),
    errors: [
      {
        message:
          'GET /v3/droplets/{guid}/download 200 documents the download as "text/html"; a download returns the file\'s bytes (e.g. "application/octet-stream"), and HTML is none of the API\'s formats: remove "text/html".',
        path: ['paths', '/v3/droplets/{guid}/download', 'get', 'responses', '200', 'content', 'text/html'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
