import { responsePath } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { asObject } from '../lib/json';

/** S52: a 202 Accepted carries a `Location` header pointing to the job, and no body. */
export default documentFunction('acceptedLocation', null, (doc) =>
  doc.operations.flatMap((op) =>
    op.responses
      .filter(({ code }) => code === '202')
      .flatMap((response) => {
        const findings = [];
        const headers = Object.keys(asObject(response.response.headers)).map((name) => name.toLowerCase());
        if (!headers.includes('location')) {
          findings.push({
            message: `${op.label} 202 declares no Location header: add a "Location" header with the URL of the job that tracks the work (e.g. /v3/jobs/{guid}).`,
            path: response.reportPath,
          });
        }
        if (Object.keys(asObject(response.response.content)).length > 0) {
          findings.push({
            message: `${op.label} 202 has a body; a 202 Accepted is empty and the client follows its Location header to the job: remove "content".`,
            path: responsePath(response, 'content'),
          });
        }
        return findings;
      }),
  ),
);
