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
        .filter((name) => name !== declared && fixesDistinctValues(doc.root, variants, name))
        .map((name) => ({
          message: `The oneOf ${describeSchema(path)} has variants that each fix "${name}" (const or enum) but no discriminator on it: add "discriminator: { propertyName: ${name} }".`,
          path,
        }));
    }),
);

/**
 * True when every variant fixes the field (`const`, or an `enum` of one value) to a value of its
 * own. Variants that share a value cannot be told apart by it: `capi-polymorphism-distinct-variants`
 * reports them.
 */
function fixesDistinctValues(root: unknown, variants: unknown[], name: string): boolean {
  const values = variants.map((variant) => asObject(deref(root, mergeSchema(root, variant).properties.get(name))));
  if (!values.every((field) => field.const !== undefined || asArray(field.enum).length === 1)) return false;
  const keys = values.map((field) => JSON.stringify(field.const !== undefined ? field.const : asArray(field.enum)[0]));
  return new Set(keys).size === keys.length;
}
