// The classic script's entry (dist/opicescr.js): registers every element of
// src/shared/element-kinds.ts, once per page, and upgrades `<div data-opicescr>` mounts. Safe to
// include twice.

// First, so that the page's data is already on its way while the rest is evaluated.
import './early-start.js';
import { OpicescrContact } from './contact/opicescr-contact.js';
import { OpicescrMap } from './map/opicescr-map.js';
import { OpicescrResources } from './resources/opicescr-resources.js';
import { OpicescrTimeline } from './timeline/opicescr-timeline.js';
import { defineElements } from './shared/define.js';
import { watchDivMounts } from './shared/div-mount.js';

const elements = { map: OpicescrMap, timeline: OpicescrTimeline, contact: OpicescrContact, resources: OpicescrResources };
if (defineElements(elements)) watchDivMounts();
