// The ES module's entry (dist/opicescr.mjs): registers the elements like the classic script, and
// exports what the class-only entry does, for sites that build their own pages around them.

import './register.js';

export * from './classes.js';
