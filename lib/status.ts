import { OptionSpec, stringList } from './document-function';

/** The status codes the style guide lists (Response Codes), as rule option defaults. */
export const GUIDE_STATUS_CODES = ['200', '201', '202', '204', '302', '400', '401', '403', '404', '422', '500', '502', '503'];

/**
 * Success codes per operation kind (`list`, `create`, ...); an operation the classifier cannot
 * place (kind `other`) falls back to its method (`get`, `post`, `patch`, `delete`).
 */
export const GUIDE_SUCCESS_CODES: Record<string, string[]> = {
  list: ['200'],
  show: ['200'],
  download: ['200', '302'],
  'relationship-show': ['200'],
  create: ['201', '202'],
  add: ['200', '202'],
  action: ['200', '202'],
  upload: ['200', '202'],
  'relationship-add': ['200', '202'],
  update: ['200', '202'],
  'relationship-replace': ['200', '202'],
  delete: ['202', '204'],
  'relationship-remove': ['202', '204'],
  get: ['200'],
  post: ['200', '201', '202'],
  patch: ['200', '202'],
};

/** Client-error codes per verb (Response Codes > Client Errors). */
export const GUIDE_CLIENT_ERROR_CODES: Record<string, string[]> = {
  get: ['400', '401', '404'],
  post: ['400', '401', '403', '404', '422'],
  patch: ['400', '401', '403', '404', '422'],
  delete: ['400', '401', '403', '404', '422'],
};

const statusCode = { type: 'string', pattern: '^[1-5][0-9][0-9]$' };
const codeList = { type: 'array', items: statusCode };

export const codesOption = {
  codes: stringList('The status codes a spec may document.', 'must be a list of three-digit status codes as strings ("200")', statusCode),
};

/** `{ codes: { <key>: ['200', ...] } }`: codes per operation kind or method. */
export function codesByKeyOption(description: string): Record<string, OptionSpec> {
  return {
    codes: {
      schema: { type: 'object', additionalProperties: codeList },
      description,
      errorMessage: 'must map each key to a list of three-digit status codes as strings ("200")',
    },
  };
}

export function isErrorCode(code: string): boolean {
  return /^[45]/.test(code);
}

export function isSuccessCode(code: string): boolean {
  return /^[23]/.test(code);
}

/** `["200", "202"]` → `200 or 202`. */
export function orList(codes: string[]): string {
  return codes.length <= 1 ? codes.join('') : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}`;
}
