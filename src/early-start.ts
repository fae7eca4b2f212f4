// The classic script's first module: evaluated before Lit and the elements (see
// src/shared/early-requests.ts). A second copy of the script on the page leaves it to the first.

import { startEarlyRequests } from './shared/early-requests.js';
import { REGISTRY_KEY } from './shared/define.js';

if (!(REGISTRY_KEY in globalThis) && typeof document !== 'undefined') startEarlyRequests(document);
