import { documentFunction, Finding } from '../lib/document-function';
import { OperationInfo } from '../lib/classify';
import { sameSchema } from '../lib/same-schema';

/** The success responses' JSON schemas by code, 2xx only. */
function successSchemas(op: OperationInfo): Map<string, unknown> {
  return new Map(op.responses.filter(({ code }) => /^2\d\d$/.test(code)).map(({ code, schema }) => [code, schema]));
}

/** The same action on another path shape: same request schema, same success codes and schemas (at least one). */
function equivalent(root: unknown, a: OperationInfo, b: OperationInfo): boolean {
  if ((a.requestSchema === undefined) !== (b.requestSchema === undefined)) return false;
  if (a.requestSchema !== undefined && !sameSchema(root, a.requestSchema, b.requestSchema)) return false;
  const left = successSchemas(a);
  const right = successSchemas(b);
  if (left.size !== right.size || ![...left.values()].some((schema) => schema !== undefined)) return false;
  return [...left].every(([code, schema]) => right.has(code) && (schema === undefined ? right.get(code) === undefined : sameSchema(root, schema, right.get(code))));
}

/** Actions that may be the same: the same method and last segment (`POST .../actions/scale`). */
function sameActionKey(op: OperationInfo): string {
  return `${op.method} ${op.pathInfo.segments[op.pathInfo.segments.length - 1]}`;
}

/** True when the operation's summary or description names the other by path or operationId. */
function names(op: OperationInfo, other: OperationInfo): boolean {
  const text = [op.operation.summary, op.operation.description].filter((part): part is string => typeof part === 'string').join('\n');
  const id = other.operation.operationId;
  return text.includes(other.path) || (typeof id === 'string' && id !== '' && text.includes(id));
}

/**
 * E06 (spec edge cases, process scaling): two actions that do the same thing on different path
 * shapes (`/v3/processes/{guid}/actions/scale`, `/v3/apps/{guid}/processes/{type}/actions/scale`)
 * each name the other, so a client knows they are one operation and can pick either.
 */
export default documentFunction('equivalentActions', null, (doc) => {
  const actions = doc.operations.filter((op) => op.pathInfo.kind === 'action');
  const byKey = new Map<string, OperationInfo[]>();
  for (const op of actions) {
    const group = byKey.get(sameActionKey(op));
    if (group) group.push(op);
    else byKey.set(sameActionKey(op), [op]);
  }
  // Each pair is compared once: equivalence is symmetric.
  const compared = new Map<OperationInfo, Map<OperationInfo, boolean>>();
  const isEquivalent = (a: OperationInfo, b: OperationInfo): boolean => {
    const known = compared.get(b)?.get(a);
    if (known !== undefined) return known;
    const result = equivalent(doc.root, a, b);
    compared.set(a, (compared.get(a) ?? new Map()).set(b, result));
    return result;
  };
  return actions.flatMap((op): Finding[] =>
    (byKey.get(sameActionKey(op)) ?? [])
      .filter((other) => other !== op && other.path !== op.path && isEquivalent(op, other) && !names(op, other))
      .map((other) => {
        const id = typeof other.operation.operationId === 'string' ? ` (${other.operation.operationId})` : '';
        return {
          message: `${op.label} does what ${other.label}${id} does (the same action with the same request and response schemas) but does not name it: add to its description a sentence such as "Equivalent to ${other.label}${id}."`,
          path: typeof op.operation.description === 'string' ? [...op.jsonPath, 'description'] : op.jsonPath,
        };
      }),
  );
});
