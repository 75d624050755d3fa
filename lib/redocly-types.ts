/**
 * Redocly's OpenAPI 3 type trees, which decide how its bundler (and lib/tree-bundler.ts, which
 * bundles as it does) walks a spec: which `$ref` is hoisted into `components` and under what
 * type, and in what order properties are visited. They are public exports of
 * `@redocly/openapi-core` (`Oas3Types`, `Oas3_1Types`, `normalizeTypes`), but its index loads the
 * whole package, its linter and config included; these files hold just the types.
 * `test/redocly-types.test.ts` fails when they move or stop being the exported ones.
 */
export function typeModules(): {
  Oas3Types: Record<string, unknown>;
  Oas3_1Types: Record<string, unknown>;
  normalizeTypes: (types: Record<string, unknown>) => Record<string, NodeType>;
  SpecExtension: NodeType;
} {
  if (!modules) {
    const { normalizeTypes, SpecExtension } = require('@redocly/openapi-core/lib/types');
    const { Oas3Types } = require('@redocly/openapi-core/lib/types/oas3');
    const { Oas3_1Types } = require('@redocly/openapi-core/lib/types/oas3_1');
    modules = { Oas3Types, Oas3_1Types, normalizeTypes, SpecExtension };
  }
  return modules;
}

let modules: ReturnType<typeof typeModules> | undefined;

/** A node type of Redocly's tree, as `normalizeTypes` leaves it (property types are types, functions or scalar schemas). */
export interface NodeType {
  name: string;
  properties: Record<string, unknown>;
  additionalProperties?: unknown;
  items?: unknown;
  extensionsPrefix?: string;
}
export type OpenApiVersion = '3.0' | '3.1';

const normalized = new Map<OpenApiVersion, Record<string, NodeType>>();

/** The normalized type tree Redocly's bundler uses for an OpenAPI `version` (3.2 is read as 3.1, as Redocly does). */
export function openApiTypes(version: OpenApiVersion): Record<string, NodeType> {
  let types = normalized.get(version);
  if (!types) {
    const { normalizeTypes, Oas3Types, Oas3_1Types } = typeModules();
    normalized.set(version, (types = normalizeTypes(version === '3.0' ? Oas3Types : Oas3_1Types)));
  }
  return types;
}

export function specExtensionType(): NodeType {
  return typeModules().SpecExtension;
}
