/** The SARIF 2.1.0 schema's verdict on `log`: its errors, none when valid. */
export function sarifErrors(log: unknown): unknown[] {
  const Ajv = require('ajv-draft-04');
  // The schema's language pattern is not valid as a Unicode regular expression.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  require('ajv-formats')(ajv);
  const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  return validate(log) ? [] : validate.errors;
}
