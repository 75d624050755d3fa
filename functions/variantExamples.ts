import { documentFunction, Finding } from '../lib/document-function';
import { asArray, asObject, deref, isObject, JsonObject, JsonPath } from '../lib/json';
import { Classification } from '../lib/classify';
import { describeSchema } from '../lib/schema-walk';
import { exampleFits, objectVariants, Variant } from '../lib/variants';

/** A body's media type object, where it is, and what to call it in a message. */
interface Media {
  media: JsonObject;
  path: JsonPath;
  label: string;
}

/**
 * S78 (spec edge cases, "examples provided for each variation"): a polymorphic body (a `oneOf` of
 * object variants) has an example for every variant, in the media type's `example`/`examples`
 * (one that fits the variant) or on the variant itself, so documentation and example validation
 * cover each of them.
 */
export default documentFunction('variantExamples', null, (doc) =>
  bodies(doc).flatMap(({ media, path, label }): Finding[] => {
    const variants = objectVariants(doc.root, asObject(deref(doc.root, media.schema)));
    if (variants.length < 2) return [];
    const values = mediaExamples(doc.root, media);
    const missing = variants.filter((variant) => !hasOwnExample(variant.schema) && !values.some((value) => exampleFits(doc.root, variant, value)));
    if (missing.length === 0) return [];
    const names = missing.map((variant) => variantName(doc, variant)).join(', ');
    const at = media.examples !== undefined ? 'examples' : media.example !== undefined ? 'example' : undefined;
    return [{
      message: `The polymorphic body ${label} has no example for ${missing.length === 1 ? 'variant' : 'variants'} ${names}: add an example of each variant to the media type's examples, or an example on each variant.`,
      path: at === undefined ? path : [...path, at],
    }];
  }),
);

/** Every media type object of the operations' request bodies and responses, once each (a shared component once). */
function bodies(doc: Classification): Media[] {
  const seen = new Set<unknown>();
  const found: Media[] = [];
  const add = (holder: unknown, holderPath: JsonPath, label: string) => {
    for (const [type, raw] of Object.entries(asObject(asObject(holder).content))) {
      const media = deref(doc.root, raw);
      if (!isObject(media) || seen.has(media)) continue;
      seen.add(media);
      found.push({ media, path: [...holderPath, 'content', type], label: `${label} (${type})` });
    }
  };
  for (const op of doc.operations) {
    const body = deref(doc.root, op.operation.requestBody);
    const shared = doc.componentPath(body);
    add(body, shared ?? [...op.jsonPath, 'requestBody'], shared ? `of request body "${String(shared[2])}"` : `of the ${op.label} request`);
    for (const { code, response, jsonPath } of op.responses) {
      const sharedResponse = doc.componentPath(response);
      add(response, sharedResponse ?? jsonPath, sharedResponse ? `of response "${String(sharedResponse[2])}"` : `of the ${op.label} ${code} response`);
    }
  }
  return found;
}

/** The media type's `example` and the values of its `examples` (an `externalValue` cannot be read). */
function mediaExamples(root: unknown, media: JsonObject): unknown[] {
  const values: unknown[] = media.example !== undefined ? [media.example] : [];
  for (const raw of Object.values(asObject(media.examples))) {
    const example = asObject(deref(root, raw));
    if ('value' in example) values.push(example.value);
  }
  return values;
}

function hasOwnExample(schema: JsonObject): boolean {
  return schema.example !== undefined || asArray(schema.examples).length > 0;
}

function variantName(doc: Classification, variant: Variant): string {
  const at = doc.componentPath(variant.schema);
  return at === undefined ? `oneOf[${variant.index}]` : `oneOf[${variant.index}] (${describeSchema(at)})`;
}
