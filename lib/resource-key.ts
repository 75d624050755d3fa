import { Classification, isParameterSegment, OperationInfo, successResponses } from './classify';
import { deref } from './json';
import { mergeSchema } from './schema';

/** A path parameter that names a guid: `{guid}`, `{app_guid}`. */
export const GUID_NAME = /^([a-z0-9]+_)*guid$/;

/** Whether what a member path returns shows a `guid`: 'shown', 'none' (it returns resources without one) or 'unknown' (no JSON body). */
export type GuidShown = 'shown' | 'none' | 'unknown';

/** What the 200/201 bodies of the operations on `memberPath` show: a `guid`, none, or nothing to tell. */
export function guidShownAt(doc: Classification, memberPath: string): GuidShown {
  const bodies = doc.operations.filter((op) => op.path === memberPath).flatMap((op) => successResponses(op).map(({ schema }) => schema)).filter((schema) => schema !== undefined);
  if (bodies.length === 0) return 'unknown';
  return bodies.some((schema) => mergeSchema(doc.root, schema, true).properties.has('guid')) ? 'shown' : 'none';
}

/**
 * The GET that shows `schema` at a member path keyed by something else than a guid
 * (`GET /v3/feature_flags/{name}`), with that key (`{name}`): how the API addresses a resource
 * that has no guid.
 */
export function nonGuidAddress(doc: Classification, schema: unknown): { operation: OperationInfo; key: string } | undefined {
  for (const operation of doc.operations) {
    const { segments } = operation.pathInfo;
    const key = segments[segments.length - 1];
    if (operation.method !== 'get' || segments.length < 2 || key === undefined || !isParameterSegment(key) || GUID_NAME.test(key.slice(1, -1))) continue;
    if (successResponses(operation).some((response) => deref(doc.root, response.schema) === schema)) return { operation, key };
  }
  return undefined;
}
