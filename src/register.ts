// The classic script's entry (dist/opicescr.js): registers the three elements, once per page,
// and upgrades `<div data-opicescr>` mounts. Safe to include twice.

// First, so that the page's data is already on its way while the rest is evaluated.
import './early-start.js';
import { OpicescrContact } from './contact/opicescr-contact.js';
import { OpicescrMap } from './map/opicescr-map.js';
import { OpicescrTimeline } from './timeline/opicescr-timeline.js';
import { defineElements } from './shared/define.js';
import { watchDivMounts } from './shared/div-mount.js';

const inCharge = defineElements({
  'opicescr-map': OpicescrMap,
  'opicescr-timeline': OpicescrTimeline,
  'opicescr-contact': OpicescrContact,
});
if (inCharge) watchDivMounts();
