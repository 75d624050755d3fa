import * as redocly from '@redocly/openapi-core';
import { openApiTypes, specExtensionType, typeModules } from '../lib/redocly-types';

describe("Redocly's type trees, read from their own files", () => {
  it('are the ones @redocly/openapi-core exports (a release that moves them fails here)', () => {
    const modules = typeModules();
    expect(modules.Oas3Types).toBe(redocly.Oas3Types);
    expect(modules.Oas3_1Types).toBe(redocly.Oas3_1Types);
    expect(modules.normalizeTypes).toBe(redocly.normalizeTypes);
    expect(modules.SpecExtension).toBe(redocly.normalizeTypes({}).SpecExtension);
  });

  it('normalize as the bundler normalizes them', () => {
    for (const [version, types] of [['3.0', redocly.Oas3Types], ['3.1', redocly.Oas3_1Types]] as const) {
      const ours = openApiTypes(version);
      const theirs = redocly.normalizeTypes(types);
      expect(Object.keys(ours)).toEqual(Object.keys(theirs));
      for (const name of Object.keys(theirs)) expect(Object.keys(ours[name].properties)).toEqual(Object.keys(theirs[name].properties));
      expect(ours.SpecExtension).toBe(specExtensionType());
    }
  });
});
