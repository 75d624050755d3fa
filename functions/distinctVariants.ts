import { documentFunction } from '../lib/document-function';
import { asObject, JsonPath } from '../lib/json';
import { describeSchema, reachableSchemas } from '../lib/schema-walk';
import { Classification } from '../lib/classify';
import { objectVariants, Overlap, overlapOf, Variant } from '../lib/variants';

/**
 * S77 (spec edge cases): a `oneOf` of object variants can tell its variants apart. A value two
 * variants both accept fails `oneOf` (it must match exactly one), and a generated client cannot
 * pick a type for it. Objects are told apart by a discriminator, or by variants that exclude each
 * other (see lib/variants.ts); a discriminator does not tell `null` apart, so two variants that
 * both allow `null` are reported even with one.
 */
export default documentFunction('distinctVariants', null, (doc) =>
  reachableSchemas(doc).nodes.flatMap(({ schema, path }) => {
    const variants = objectVariants(doc.root, schema);
    if (variants.length < 2) return [];
    const discriminated = typeof asObject(schema.discriminator).propertyName === 'string';
    const overlaps: { a: Variant; b: Variant; overlap: Overlap }[] = [];
    variants.forEach((a, i) =>
      variants.slice(i + 1).forEach((b) => {
        const overlap = overlapOf(doc.root, a, b);
        if (overlap && !(discriminated && overlap.kind === 'object')) overlaps.push({ a, b, overlap });
      }),
    );
    if (overlaps.length === 0) return [];
    const [{ a, b, overlap }] = overlaps;
    const more = overlaps.length > 1 ? ` (and ${overlaps.length - 1} more pair${overlaps.length > 2 ? 's' : ''})` : '';
    const pair = `${name(doc, a, path)} and ${name(doc, b, path)}${more}`;
    const message =
      overlap.kind === 'type'
        ? `The oneOf ${describeSchema(path)} has variants ${pair} that both accept ${overlap.type === 'null' ? 'null' : `a ${overlap.type}`}, so such a body matches two variants and fails the oneOf: allow it in one variant only (for null, a variant { type: 'null' } of its own).`
        : `The oneOf ${describeSchema(path)} has variants ${pair} that both accept the same object, so such a body fails the oneOf and a client cannot tell which it is: add a discriminator on a field each variant fixes to its own value, or make the variants exclude each other (each requiring a member the other does not, or a field fixed to different const/enum values).`;
    return [{ message, path }];
  }),
);

/** `oneOf[1]`, with the component it is (`oneOf[1] (schema "KeyCredentialBinding")`). */
function name(doc: Classification, variant: Variant, path: JsonPath): string {
  const at = doc.componentPath(variant.schema);
  const own = at === undefined || at.join('/') === [...path, 'oneOf', variant.index].join('/') ? '' : ` (${describeSchema(at)})`;
  return `oneOf[${variant.index}]${own}`;
}
