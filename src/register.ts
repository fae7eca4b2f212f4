// The classic script's entry (dist/opicescr.js): registers every element of
// src/shared/element-kinds.ts, once per page, and upgrades `<div data-opicescr>` mounts. Safe to
// include twice, and on a page whose Trusted Types policy refuses Lit's (then it defines nothing
// and says why: src/shared/trusted-types.ts).

// First, so that the page's data is already on its way while the rest is evaluated.
import './early-start.js';
import { OpicescrContact } from './contact/opicescr-contact.js';
import { OpicescrMap } from './map/opicescr-map.js';
import { OpicescrResources } from './resources/opicescr-resources.js';
import { OpicescrTimeline } from './timeline/opicescr-timeline.js';
import { defineElements } from './shared/define.js';
import { watchDivMounts } from './shared/div-mount.js';
import { refusedPolicy, reportRefusedPolicy } from './shared/trusted-types.js';

const refused = refusedPolicy();
const elements = { map: OpicescrMap, timeline: OpicescrTimeline, contact: OpicescrContact, resources: OpicescrResources };
// A refused copy still takes charge (defining nothing), so that a second copy on the page stays quiet.
const inCharge = defineElements(elements, { defineNone: !!refused });
if (inCharge && refused) reportRefusedPolicy(refused);
else if (inCharge) watchDivMounts();
