import { documentFunction } from '../lib/document-function';
import { errorBodies, errorItemsOf, errorObjectProblems, SchemaProblem, writtenSchemaPath } from '../lib/error-schema';
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
    const items = deref(root, asObject(deref(root, errors)).items);
    const itemsAt = [...fieldAt('errors'), 'items'];
    if (!allowsType(root, errors, 'array')) problems.push({ text: '"errors" is not an array', at: fieldAt('errors') });
    else if (errorItemsOf(root, items) !== undefined) problems.push({ text: errorBodiesAsItems(doc, items), at: itemsAt });
    else if (!ownedByErrorBodies(doc, items)) {
      problems.push(...errorObjectProblems(root, items).map(({ text, at }) => ({ text: `in "errors", ${text}`, at: [...writtenSchemaPath(doc, items, itemsAt), ...at] })));
    }
  }
  const warnings = properties.get('warnings');
  if (warnings !== undefined) {
    const items = deref(root, asObject(deref(root, warnings)).items);
    const itemsAt = writtenSchemaPath(doc, items, [...fieldAt('warnings'), 'items']);
    if (!allowsType(root, warnings, 'array')) problems.push({ text: '"warnings" is not an array', at: fieldAt('warnings') });
    else if (!mergeSchema(root, items).properties.has('detail')) problems.push({ text: '"warnings" items have no "detail"', at: isObject(items) ? propertiesPath(doc, items, itemsAt) : itemsAt });
  }
  const links = properties.get('links');
  if (links !== undefined && !mergeSchema(root, links, true).properties.has('self')) problems.push({ text: '"links" has no "self"', at: fieldAt('links') });
  return problems;
}

/** The job's `errors` items are error bodies (`Errors`) rather than error objects (`Error`): the `$ref` to repoint. */
function errorBodiesAsItems(doc: Classification, items: unknown): string {
  const body = doc.componentPath(items);
  const object = doc.componentPath(errorItemsOf(doc.root, items));
  return body && object
    ? `in "errors", the items refer to the error body schema "${body[body.length - 1]}" ({ errors: [...] }), not to error objects: refer to "${object[object.length - 1]}", the error object schema it lists, instead`
    : 'in "errors", the items are error bodies ({ errors: [...] }), not error objects: use the error object schema such a body lists instead';
}

/**
 * An error object schema that error responses list as well is capi-errors-body-schema's: one
 * deviation, one finding, where that schema is written.
 */
function ownedByErrorBodies(doc: Classification, items: unknown): boolean {
  const resolved = deref(doc.root, items);
  return isObject(resolved) && errorBodies(doc).envelopesOf.has(resolved);
}

/**
 * S53, S54: GET /v3/jobs/{guid} returns 200 with the job's state, operation, errors, warnings and
 * self link. Reports at references (rules/async.ts), so that items that refer to the wrong schema
 * are reported at their `$ref`: every path is where its node is written.
 */
export default documentFunction('jobResource', null, (doc) =>
  doc.operations
    .filter(isJobShow)
    .flatMap((op) => {
      const ok = op.responses.find(({ code }) => code === '200');
      const mediaType = ok?.mediaType;
      if (!ok || !mediaType) {
        return [{ message: `${op.label} must document 200 with the job as JSON; ${SHAPE}.`, path: [...op.jsonPath, 'responses'] }];
      }
      const written = [...(doc.componentPath(ok.response) ?? ok.jsonPath), 'content', mediaType, 'schema'];
      return jobProblems(doc, ok.schema, writtenSchemaPath(doc, deref(doc.root, ok.schema), written)).map(({ text, at }) => ({
        message: `Job resource (${op.label} 200): ${text}; ${SHAPE}.`,
        path: at,
      }));
    }),
);
