import { documentFunction } from '../lib/document-function';
import { asArray, asObject, deref, isObject, JsonPath } from '../lib/json';

/** The examples of a media type: `example`, and each `examples.<name>.value`, with their paths. */
function examplesOf(root: unknown, media: Record<string, unknown>, path: JsonPath): { value: unknown; path: JsonPath }[] {
  const named = Object.entries(asObject(media.examples)).map(([name, example]) => ({
    value: asObject(deref(root, example)).value,
    path: [...path, 'examples', name, 'value'],
  }));
  return media.example === undefined ? named : [{ value: media.example, path: [...path, 'example'] }, ...named];
}

/** S20: error messages in examples start with a capital letter and end with a full stop. */
export default documentFunction('errorDetailSentence', null, (doc) => {
  const seen = new Set<unknown>();
  return doc.operations.flatMap((op) =>
    op.responses.flatMap((response) =>
      Object.entries(asObject(response.response.content)).flatMap(([mediaType, media]) =>
        examplesOf(doc.root, asObject(media), [...response.jsonPath, 'content', mediaType]).flatMap(({ value, path }) => {
          if (!isObject(value) || seen.has(value)) return [];
          seen.add(value);
          return asArray(value.errors).flatMap((error, index) => {
            const detail = asObject(error).detail;
            if (typeof detail !== 'string') return [];
            const wrong = [
              ...(/^[A-Z]/.test(detail) ? [] : ['start with a capital letter']),
              ...(/\.$/.test(detail) ? [] : ['end with a full stop (".")']),
            ];
            if (wrong.length === 0) return [];
            return [{
              message: `Error detail "${detail}" in the example of ${op.label} ${response.code} must ${wrong.join(' and ')}: error messages are complete sentences.`,
              path: [...path, 'errors', index, 'detail'],
            }];
          });
        }),
      ),
    ),
  );
});
