import { Classification, OperationInfo, ResponseInfo } from '../lib/classify';
import { isPutAction } from '../lib/actions';
import { documentFunction, Finding } from '../lib/document-function';
import { asObject } from '../lib/json';
import { mergeSchema } from '../lib/schema';

const JOB_URL = 'the URL of the job that tracks the work (e.g. /v3/jobs/{guid})';

/**
 * S52: a 202 Accepted carries a `Location` header pointing to the job, and no body. A 202 that
 * has a body and no `Location` gets one finding that says both, with advice that depends on the
 * body: a job belongs behind `Location`; anything else (the resource itself) means the work is
 * done when the response is sent, which is a 200 (201 for a create), not a 202. A resource that
 * shows the progress in its own `state` (a task) is not told that the work is done: it is told
 * that the guide lets the resource carry the state, with 200/201, or that the work gets a job.
 * A PUT alias of an action is left to the action rules: removing it settles its 202 too.
 */
export default documentFunction('acceptedLocation', null, (doc) =>
  doc.operations.filter((op) => !isPutAction(op)).flatMap((op) =>
    op.responses.filter(({ code }) => code === '202').flatMap((response) => {
      const finding = problem(doc, op, response);
      return finding ? [finding] : [];
    }),
  ),
);

function problem(doc: Classification, op: OperationInfo, response: ResponseInfo): Finding | undefined {
  const at = (message: string, path = response.jsonPath) => ({ message, path });
  const hasLocation = Object.keys(asObject(response.response.headers)).some((name) => name.toLowerCase() === 'location');
  const hasBody = Object.keys(asObject(response.response.content)).length > 0;
  if (hasLocation && hasBody) {
    return at(`${op.label} 202 has a body; a 202 Accepted is empty and the client follows its Location header to the job: remove "content".`, [...response.jsonPath, 'content']);
  }
  if (hasLocation) return undefined;
  if (!hasBody) return at(`${op.label} 202 declares no Location header: add a "Location" header with ${JOB_URL}.`);
  if (response.schema !== undefined && doc.schemaKind(response.schema) === 'job') {
    return at(`${op.label} 202 returns the job as its body and declares no Location header; a 202 Accepted is empty and names its job in "Location": add a "Location" header with ${JOB_URL} and remove "content".`);
  }
  const done = op.kind === 'create' ? '201' : '200';
  if (reportsItsOwnState(doc, response.schema)) {
    return at(
      `${op.label} 202 returns the resource itself, whose "state" reports the work that goes on, and declares no Location header; a 202 Accepted is empty and names a job in "Location": ` +
      `answer ${done} with this body, the resource showing its own progress in "state" (Asynchronicity: surface state on the resource itself), ` +
      `or give the work a job: an empty 202 with a "Location" header naming it.`
    );
  }
  return at(
    `${op.label} 202 returns a body that is not a job and declares no Location header, so the client gets no job to follow; ` +
    `a 202 Accepted is empty and names its job in "Location": if the work is complete when the response is sent, document ${done} with this body instead of 202; ` +
    `if it goes on after, return an empty 202 with a "Location" header naming its job.`
  );
}

/** A resource (it has a `guid`) with a `state`: it shows the progress of the work itself, as a task does. */
function reportsItsOwnState(doc: Classification, schema: unknown): boolean {
  return schema !== undefined && doc.schemaKind(schema) === 'resource' && mergeSchema(doc.root, schema).properties.has('state');
}
