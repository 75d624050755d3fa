import { documentFunction } from '../lib/document-function';
import { errorObjectProblems } from '../lib/error-schema';
import { asObject, deref } from '../lib/json';
import { isJobShow } from '../lib/resources';
import { allowsType, mergeSchema } from '../lib/schema';

const SHAPE = 'a job shows { state, operation, errors: [error objects], warnings: [{ detail }], links: { self } }';

/** What keeps a job schema from the guide's job resource, one problem per field. */
function jobProblems(root: unknown, schema: unknown): string[] {
  const properties = mergeSchema(root, schema, true).properties;
  const problems = ['state', 'operation', 'errors', 'warnings', 'links']
    .filter((name) => !properties.has(name))
    .map((name) => `it has no "${name}"`);
  const errors = properties.get('errors');
  if (errors !== undefined) {
    if (!allowsType(root, errors, 'array')) problems.push('"errors" is not an array');
    else problems.push(...errorObjectProblems(root, asObject(deref(root, errors)).items).map((p) => `in "errors", ${p}`));
  }
  const warnings = properties.get('warnings');
  if (warnings !== undefined) {
    if (!allowsType(root, warnings, 'array')) problems.push('"warnings" is not an array');
    else if (!mergeSchema(root, asObject(deref(root, warnings)).items).properties.has('detail')) problems.push('"warnings" items have no "detail"');
  }
  const links = properties.get('links');
  if (links !== undefined && !mergeSchema(root, links, true).properties.has('self')) problems.push('"links" has no "self"');
  return problems;
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
      return jobProblems(doc.root, ok.schema).map((problem) => ({
        message: `Job resource (${op.label} 200): ${problem}; ${SHAPE}.`,
        path: [...ok.jsonPath, 'content', mediaType, 'schema'],
      }));
    }),
);
