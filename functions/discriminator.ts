import { documentFunction, stringList } from '../lib/document-function';
import { asArray, asObject, deref } from '../lib/json';
import { mergeSchema } from '../lib/schema';
import { describeSchema, reachableSchemas } from '../lib/schema-walk';

/**
 * S67 (spec edge cases): a polymorphic body — a `oneOf` whose variants differ by a field fixed per
 * variant (`type: app` / `type: key`) — declares a `discriminator` on that field.
 */
export default documentFunction<{ properties: string[] }>('discriminator',
  { properties: stringList('Fields fixed per oneOf variant (type: app / type: key) that call for a discriminator.', 'must be a list of field names') },
  (doc, { properties }) =>
    reachableSchemas(doc).nodes.flatMap(({ schema, path }) => {
      const variants = asArray(schema.oneOf);
      if (variants.length < 2) return [];
      const declared = asObject(schema.discriminator).propertyName;
      return properties
        .filter((name) => name !== declared && variants.every((variant) => isFixed(doc.root, mergeSchema(doc.root, variant).properties.get(name))))
        .map((name) => ({
          message: `The oneOf ${describeSchema(path)} has variants that each fix "${name}" (const or enum) but no discriminator on it: add "discriminator: { propertyName: ${name} }".`,
          path,
        }));
    }),
);

/** A field whose value is fixed by the variant: `const`, or an `enum` of one value. */
function isFixed(root: unknown, field: unknown): boolean {
  const resolved = asObject(deref(root, field));
  return resolved.const !== undefined || asArray(resolved.enum).length === 1;
}
