// The WordPress plugin offers each element option through wordpress/element-options.json (its
// sidebar controls and the values a block or shortcode may set). This contract test keeps that
// table in step with the script: every option of every element has a rule, and the value lists
// are the ones the elements themselves accept, so a region or a kind added to an element cannot
// be forgotten in the plugin (nor one removed from it linger there).
import { expect } from '@open-wc/testing';
import { ALL_OPTIONS, COMMON_OPTIONS, ELEMENT_KINDS } from '../../src/shared/element-kinds.js';
import { LANGUAGES } from '../../src/shared/i18n/languages.js';
import { RESOURCE_KINDS } from '../../src/shared/resources-file.js';
import { REGIONS } from '../../src/map/world-geometry.js';
import { KINDS as TIMELINE_KINDS } from '../../src/timeline/timeline-entries.js';

interface Rule {
  control: string;
  values?: [string, string][];
  default?: string;
}
interface Rules {
  siteWide: string[];
  options: Record<string, Rule>;
  kinds: Record<string, { title: string; options: Record<string, Rule> }>;
}

const rules: Rules = await (await fetch('/wordpress/element-options.json')).json();
const ruleOf = (kind: string, option: string) => rules.kinds[kind]?.options[option] ?? rules.options[option];
const valuesOf = (rule: Rule | undefined) => (rule?.values ?? []).map(([value]) => value);

describe('WordPress plugin: the option table matches the elements', () => {
  it('has a rule for every option of every element, and a block title for every element', () => {
    for (const [kind, { options }] of Object.entries(ELEMENT_KINDS)) {
      expect(rules.kinds[kind]?.title, kind).to.be.a('string');
      for (const option of [...COMMON_OPTIONS, ...options]) expect(ruleOf(kind, option), `${kind} ${option}`).to.be.an('object');
    }
  });

  it('has no rule for an option no element has', () => {
    const known = new Set(ALL_OPTIONS);
    const ruled = [...Object.keys(rules.options), ...Object.values(rules.kinds).flatMap((kind) => Object.keys(kind.options))];
    expect(ruled.filter((option) => !known.has(option))).to.deep.equal([]);
    expect(rules.siteWide.filter((option) => !known.has(option))).to.deep.equal([]);
  });

  it("offers the map's regions and the timeline's kinds exactly as the elements accept them", () => {
    expect(valuesOf(ruleOf('map', 'region'))).to.deep.equal([...REGIONS]);
    expect(ruleOf('map', 'region')?.default).to.equal('world');
    expect(valuesOf(ruleOf('timeline', 'kind'))).to.deep.equal([...TIMELINE_KINDS]);
    expect(valuesOf(ruleOf('resources', 'kind'))).to.deep.equal([...RESOURCE_KINDS]);
  });

  it('offers every language the script speaks', () => {
    const offered = valuesOf(ruleOf('map', 'lang'));
    for (const language of Object.keys(LANGUAGES)) expect(offered, language).to.include(language);
  });
});
