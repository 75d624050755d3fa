import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { json, ref } from '../fixtures/schemas';

const variant = (type: string) => ({ type: 'object', properties: { type: { type: 'string', enum: [type] }, name: { type: 'string' } } });
const polymorphic = (extra: Record<string, unknown>) =>
  openapi({ '/v3/packages': { post: { requestBody: json({ oneOf: [ref('Bits'), ref('Docker')], ...extra }), responses: { '201': { description: 'ok' } } } } }, {
    schemas: { Bits: variant('bits'), Docker: variant('docker') },
  });

testRule('capi-polymorphism-discriminator', [
  { name: 'a oneOf with a discriminator on type passes', document: polymorphic({ discriminator: { propertyName: 'type' } }), errors: [] },
  {
    name: 'a oneOf whose variants differ by type without a discriminator fails',
    document: polymorphic({}),
    errors: [
      {
        message:
          'The oneOf in POST /v3/packages at requestBody.content.application/json.schema has variants that each fix "type" (const or enum) but no discriminator on it: add "discriminator: { propertyName: type }".',
        path: ['paths', '/v3/packages', 'post', 'requestBody', 'content', 'application/json', 'schema'],
        severity: DiagnosticSeverity.Warning,
      },
    ],
  },
]);
