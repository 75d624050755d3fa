import { DiagnosticSeverity, openapi, testRule } from '../harness';
import { link, ok, ref, resource } from '../fixtures/schemas';

const action = { post: { responses: { '200': { description: 'ok' } } } };

testRule('capi-links-object', [
  { name: 'links with a string href pass', document: openapi({ '/v3/apps/{guid}': { get: ok(ref('App')) } }, { schemas: { Link: link, App: resource() } }), errors: [] },
  {
    name: 'a link without href, or with a non-string method, fails',
    document: openapi(
      { '/v3/apps/{guid}': { get: ok(ref('App')) } },
      {
        schemas: {
          Link: link,
          App: resource({
            links: {
              type: 'object',
              properties: {
                self: ref('Link'),
                space: { type: 'object', properties: { url: { type: 'string' } } },
                start: { type: 'object', properties: { href: { type: 'string' }, method: { type: 'integer' } } },
              },
            },
          }),
        },
      },
    ),
    errors: [
      {
        message: 'Link "space" (schema "App" at properties.links) has no "href": a link must be an object with a string "href" and an optional string "method".',
        path: ['components', 'schemas', 'App', 'properties', 'links', 'properties', 'space'],
        severity: DiagnosticSeverity.Error,
      },
      {
        message: 'Link "start" (schema "App" at properties.links) has a "method" that is not a string: a link must be an object with a string "href" and an optional string "method".',
        path: ['components', 'schemas', 'App', 'properties', 'links', 'properties', 'start'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);

const withStart = (start: unknown) =>
  openapi(
    { '/v3/apps/{guid}': { get: ok(ref('App')) }, '/v3/apps/{guid}/actions/start': action },
    { schemas: { Link: link, App: resource({ links: { type: 'object', properties: { self: ref('Link'), start } } }) } },
  );

testRule('capi-links-action-method', [
  { name: 'an action link that requires method passes', document: withStart({ allOf: [ref('Link'), { required: ['method'] }] }), errors: [] },
  {
    name: 'an action link with an optional method fails',
    document: withStart({ type: 'object', properties: { href: { type: 'string' }, method: { type: 'string' } } }),
    errors: [
      {
        message:
          'Link "start" (schema "App" at properties.links) points to the action POST /v3/apps/{guid}/actions/start: declare its "method" (required, "POST"), since a link without "method" must work with GET.',
        path: ['components', 'schemas', 'App', 'properties', 'links', 'properties', 'start'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
  {
    name: 'an action link that is a $ref to a shared Link schema without a required method is reported at the link, not in the shared schema',
    document: withStart(ref('Link')),
    errors: [
      {
        message:
          'Link "start" (schema "App" at properties.links) points to the action POST /v3/apps/{guid}/actions/start: declare its "method" (required, "POST"), since a link without "method" must work with GET.',
        path: ['components', 'schemas', 'App', 'properties', 'links', 'properties', 'start'],
        severity: DiagnosticSeverity.Error,
      },
    ],
  },
]);
