import { documentFunction } from '../lib/document-function';
import { errorBodies, errorObjectProblems, SchemaProblem } from '../lib/error-schema';
import { Classification } from '../lib/classify';
import { fieldPath, propertiesPath } from '../lib/fault-path';
import { asObject, deref, isObject, JsonPath } from '../lib/json';
import { isJobShow } from '../lib/resources';
import { allowsType, mergeSchema } from '../lib/schema';

const SHAPE = 'a job shows { state, operation, errors: [error objects], warnings: [{ detail }], links: { self } }';

/** What keeps a job schema from the guide's job resource, one problem per field. */
function jobProblems(doc: Classification, schema: unknown, schemaPath: JsonPath): SchemaProblem[] {
  const root = doc.root;
  const properties = mergeSchema(root, schema, true).properties;
  // Where a fix goes (absolute paths): the properties a field goes into, or the field where it is declared.
  const resolved = asObject(deref(root, schema));
  const propertiesAt = propertiesPath(doc, resolved, schemaPath);
  const fieldAt = (name: string) => fieldPath(doc, resolved, schemaPath, name);
  const problems = ['state', 'operation', 'errors', 'warnings', 'links']
    .filter((name) => !properties.has(name))
    .map((name) => ({ text: `it has no "${name}"`, at: propertiesAt }));
  const errors = properties.get('errors');
  if (errors !== undefined) {
    if (!allowsType(root, errors, 'array')) problems.push({ text: '"errors" is not an array', at: fieldAt('errors') });
    else if (!ownedByErrorBodies(doc, asObject(deref(root, errors)).items)) {
      problems.push(...errorObjectProblems(root, asObject(deref(root, errors)).items).map(({ text, at }) => ({ text: `in "errors", ${text}`, at: [...fieldAt('errors'), 'items', ...at] })));
    }
  }
  const warnings = properties.get('warnings');
  if (warnings !== undefined) {
    if (!allowsType(root, warnings, 'array')) problems.push({ text: '"warnings" is not an array', at: fieldAt('warnings') });
    else if (!mergeSchema(root, asObject(deref(root, warnings)).items).properties.has('detail')) problems.push({ text: '"warnings" items have no "detail"', at: [...fieldAt('warnings'), 'items'] });
  }
  const links = properties.get('links');
  if (links !== undefined && !mergeSchema(root, links, true).properties.has('self')) problems.push({ text: '"links" has no "self"', at: fieldAt('links') });
  return problems;
}

/**
 * An error object schema that error responses list as well is capi-errors-body-schema's: one
 * deviation, one finding, where that schema is written.
 */
function ownedByErrorBodies(doc: Classification, items: unknown): boolean {
  const resolved = deref(doc.root, items);
  return isObject(resolved) && errorBodies(doc).envelopesOf.has(resolved);
}

/** S53, S54: GET /v3/jobs/{guid} returns 200 with the job's state, operation, errors, warnings and self link. */
export default documentFunction('jobResource', null, (doc) =>
  doc.operations
    .filter(isJobShow)
    .flatMap((op) => {
      const ok = op.responses.find(({ code }) => code === '200');
      const mediaType = ok?.mediaType;
      if (!ok || !mediaType) {
        return [{ message: `${op.label} must document 200 with the job as JSON; ${SHAPE}.`, path: [...op.jsonPath, 'responses'] }];
      }
      return jobProblems(doc, ok.schema, [...ok.jsonPath, 'content', mediaType, 'schema']).map(({ text, at }) => ({
        message: `Job resource (${op.label} 200): ${text}; ${SHAPE}.`,
        path: at,
      }));
    }),
);
