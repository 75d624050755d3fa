import { documentFunction } from '../lib/document-function';
import { objectsWhere } from '../lib/walk';

/**
 * S66: `x-experimental` is a boolean wherever it appears. A value that names something (an
 * option, a variant: `x-experimental: canary`) marks a part of the node, which the marker cannot
 * say: the part's own field or variant schema carries `x-experimental: true`.
 */
export default documentFunction('experimentalBoolean', null, (doc) =>
  objectsWhere(doc.root, (node) => 'x-experimental' in node && typeof node['x-experimental'] !== 'boolean').map(({ node, path }) => {
    const value = node['x-experimental'];
    // "yes", "false", 1: a boolean spelled otherwise. Anything else names what it means to mark.
    const booleanish = value === null || (['string', 'number'].includes(typeof value) && /^(?:true|false|yes|no|on|off|1|0)$/i.test(String(value).trim()));
    const part = booleanish
      ? ''
      : ': it marks this node as a whole; to mark only an option or a variant of it, put "x-experimental: true" on that option\'s field or the variant\'s schema and leave it off here';
    return {
      message: `"x-experimental" must be a boolean (true or false), not ${JSON.stringify(value)}${part}.`,
      path: [...path, 'x-experimental'],
    };
  }),
);
