import { documentFunction } from '../lib/document-function';
import { objectsOf } from '../lib/walk';

/** S66: `x-experimental` is a boolean wherever it appears. */
export default documentFunction('experimentalBoolean', null, (doc) =>
  objectsOf(doc.root)
    .filter(({ node }) => 'x-experimental' in node && typeof node['x-experimental'] !== 'boolean')
    .map(({ node, path }) => ({
      message: `"x-experimental" must be a boolean (true or false), not ${JSON.stringify(node['x-experimental'])}.`,
      path: [...path, 'x-experimental'],
    })),
);
