import { OperationInfo } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { codesByKeyOption, isSuccessCode, orList } from '../lib/status';

const KIND_NAMES: Record<string, string> = {
  list: 'listing a collection',
  show: 'showing a resource',
  download: 'a download',
  'relationship-show': 'viewing a relationship',
  create: 'creating a resource',
  add: 'adding members to a list',
  action: 'an action',
  upload: 'an upload',
  'relationship-add': 'adding to a relationship',
  update: 'an update',
  'relationship-replace': 'replacing a relationship',
  delete: 'a delete',
  'relationship-remove': 'removing from a relationship',
};

const describe = (op: OperationInfo) => KIND_NAMES[op.kind] ?? `a ${op.method.toUpperCase()}`;

/**
 * S14: the success (2xx/3xx) codes each kind of operation returns, e.g. 201 or 202 for a create.
 * `codes` is keyed by operation kind, or by method for operations the classifier cannot place.
 */
export default documentFunction<{ codes: Record<string, string[]> }>('successCodes', codesByKeyOption('Success codes allowed per operation kind (list, create, ...), with a method (get, post, ...) as the fallback.'), (doc, { codes }) =>
  doc.operations.flatMap((op) => {
    const allowed = codes[op.kind] ?? codes[op.method];
    if (!allowed) return [];
    const success = op.responses.filter(({ code }) => isSuccessCode(code));
    if (success.length === 0) {
      return [{
        message: `${op.label} documents no success response; ${describe(op)} returns ${orList(allowed)}: document it.`,
        path: [...op.jsonPath, 'responses'],
      }];
    }
    return success
      .filter(({ code }) => !allowed.includes(code))
      .map((response) => ({
        message: `${op.label} documents ${response.code}, but ${describe(op)} returns ${orList(allowed)}: use ${allowed.length > 1 ? 'one of those' : allowed[0]} instead.`,
        path: response.jsonPath,
      }));
  }),
);
