import { documentFunction } from '../lib/document-function';
import { asObject } from '../lib/json';
import { isSuccessCode } from '../lib/status';

const HTML = 'text/html';

/**
 * S74 (guide: API Technologies): a download's success body is the file itself
 * (`application/octet-stream` or the file's own type), never an HTML page, which is no API format.
 */
export default documentFunction('downloadBinary', null, (doc) =>
  doc.operations
    .filter(({ kind }) => kind === 'download')
    .flatMap(({ label, responses }) =>
      responses
        .filter(({ code, response }) => isSuccessCode(code) && HTML in asObject(response.content))
        .map(({ code, jsonPath }) => ({
          message: `${label} ${code} documents the download as "${HTML}"; a download returns the file's bytes (e.g. "application/octet-stream"), and HTML is none of the API's formats: remove "${HTML}".`,
          path: [...jsonPath, 'content', HTML],
        })),
    ),
);
