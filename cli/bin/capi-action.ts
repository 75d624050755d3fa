import { launch } from '../launcher';

// A command: its bundle through the code cache. Required as a module (the programmatic API): the bundle itself.
if (require.main === module) launch(require.resolve('./capi-action.bundle.js'), module);
else module.exports = require('./capi-action.bundle.js');
