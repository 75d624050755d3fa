import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../harness';
import { CAPI_OPENAPI, describeWithSharedSpec } from '../shared';

/** The official spec's findings as `rule path` and `rule message`, linted once for every case below. */
let findings: Promise<{ seen: string[]; messages: string[] }> | undefined;
const official = () =>
  (findings ??= lint(fs.readFileSync(path.join(CAPI_OPENAPI, 'bundled.yaml'), 'utf8')).then((results) => {
    const capi = results.filter((r) => r.code.toString().startsWith('capi-'));
    return { seen: capi.map((r) => `${r.code} ${r.path.join('.')}`), messages: capi.map((r) => `${r.code} ${r.message}`) };
  }));

describeWithSharedSpec('the official CAPI spec: what the guide allows is not reported', () => {
  it('nested pseudo-resources and aliases keyed by name or index are not resource identifiers', async () => {
    const { messages } = await official();
    const guidParameter = messages.filter((m) => m.startsWith('capi-paths-resource-guid-parameter '));
    for (const path of ['/v3/processes/{guid}/instances/{index}', '/v3/apps/{guid}/processes/{type}', '/v3/apps/{guid}/features/{name}', '/v3/spaces/{guid}/features/{name}']) {
      expect(guidParameter.filter((m) => m.includes(`"${path}"`))).toEqual([]);
    }
  });

  it('oneOf variants told apart by what they require (user by guid, or by username) or by a discriminator are not reported', async () => {
    const { seen } = await official();
    expect(seen.filter((s) => /^capi-polymorphism-(distinct-variants|discriminator) /.test(s))).toEqual([]);
  });

  it('manifest endpoints that declare application/x-yaml are not reported', async () => {
    const { seen } = await official();
    expect(seen.filter((s) => s.startsWith('capi-yaml-request-body '))).toEqual([]);
  });

  it('a POST that appends to a list and answers 200 with the list is not a create', async () => {
    const { messages } = await official();
    expect(messages.filter((m) => /^capi-(status-success-codes|verbs-post-purpose) POST \/v3\/(routes\/\{guid\}\/destinations|service_plans\/\{guid\}\/visibility) /.test(m))).toEqual([]);
  });
});

describeWithSharedSpec('the official CAPI spec: what the guide forbids is reported', () => {
  it.each([
    ['capi-errors-body-schema components.responses.BadRequest.content.text/html', 'an error body offered as text/html'],
    ['capi-uploads-multipart paths./v3/packages/{guid}/upload.post.requestBody.content.application/json', 'an upload that also accepts JSON'],
    ['capi-downloads-binary paths./v3/droplets/{guid}/download.get.responses.200.content.text/html', 'a download documented as HTML'],
    ['capi-status-list-no-not-found paths./v3/app_usage_events.get.responses.404', 'a list that documents 404 (at its 404)'],
    ['capi-actions-under-actions paths./v3/admin/actions/clear_buildpack_cache', 'an action under a namespace'],
    ['capi-resources-required-fields components.schemas.BaseSchema.properties', 'the resource base fields not required'],
    ['capi-pagination-fields components.schemas.Pagination.properties', 'pagination fields not required'],
    ['capi-relationships-body-shape components.schemas.RelationshipToOne.properties', 'a null type beside a $ref on data'],
    ['capi-relationships-body-shape components.schemas.UserRelationshipToOne.type', 'a relationship that may itself be null'],
    ['capi-filters-operators-declared components.parameters.CreatedAts.description', 'timestamp operators only in a description'],
    ['capi-pagination-parameters paths./v3/isolation_segments/{guid}/organizations.get', 'a nested list without a pagination parameter'],
    ['capi-polymorphism-variant-examples paths./v3/service_credential_bindings.post.responses.201.content.application/json.examples', 'a polymorphic body with an example of one variant'],
    ['capi-polymorphism-conditional-fields components.requestBodies.ServiceCredentialBindingCreateRequestBody.content.application/json.schema', 'fields required for one type, in prose'],
    ['capi-filters-label-selector-and components.parameters.LabelSelector.description', 'a label selector not saying its requirements all match'],
    ['capi-actions-equivalents-named paths./v3/processes/{guid}/actions/scale.post.description', 'an equivalent action not named'],
    ['capi-status-alternatives-explained paths./v3/service_credential_bindings.post.responses.201.description', '201 or 202 without saying when'],
    ['capi-actions-equivalents-named paths./v3/apps/{guid}/processes/{type}/actions/scale.post.description', 'the other equivalent action not named'],
  ])('%s (%s)', async (finding) => {
    expect((await official()).seen).toContain(finding);
  });

  it('reports boolean filters at info', async () => {
    const { messages } = await official();
    expect(messages).toContain(
      'capi-filters-boolean-values Filter "available" of GET /v3/service_offerings is a boolean and takes one value, while the guide says filters accept a comma-delimited list: a list of true and false would filter nothing, so keep it single-valued if that is intended, or make it a list.',
    );
  });
});
