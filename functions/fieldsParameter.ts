import { documentFunction } from '../lib/document-function';
import { isArrayParameter, queryParameters, serialisation } from '../lib/query-parameters';
import { allowsType } from '../lib/schema';

/**
 * S55: `fields` is a comma-delimited list of field names: `fields=guid,name` is an array with
 * `style: form` and `explode: false` (or a plain string holding the list); `fields[<resource>]=name` is an
 * object with `style: deepObject`. The guide proposes the parameter, so the rule is info and says so.
 */
export default documentFunction('fieldsParameter', null, (doc) =>
  queryParameters(doc)
    .filter(({ name }) => name === 'fields')
    .flatMap(({ parameter, path, operation }) => {
      const { style, explode } = serialisation(parameter);
      if (allowsType(doc.root, parameter.schema, 'object')) {
        if (style === 'deepObject') return [];
        return [{ message: `"fields" of ${operation.label} is an object (fields[<resource>]=...) but not "style: deepObject": declare "style: deepObject" (the fields parameter is a proposal of the guide; this is its proposed form).`, path }];
      }
      if (isArrayParameter(doc.root, parameter) && style === 'form' && !explode) return [];
      // A plain string holds the comma-delimited list as it is written (fields=guid,name).
      if (allowsType(doc.root, parameter.schema, 'string') && !allowsType(doc.root, parameter.schema, 'array')) return [];
      return [{ message: `"fields" of ${operation.label} must be a comma-delimited list of field names: declare an array with "style: form" and "explode: false", or an object with "style: deepObject" for fields[<resource>] (the fields parameter is a proposal of the guide; this is its proposed form).`, path }];
    }),
);
