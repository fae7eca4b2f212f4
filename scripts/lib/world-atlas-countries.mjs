// Decides what each world-atlas country feature becomes on the OP-ICESCR map: a state (by its ISO
// numeric id in the states table), a piece merged into a state, a territory drawn neutrally, or
// nothing. Natural Earth's "countries" include de facto entities and dependencies; the treaty map
// must show states as the UN counts them, so the few exceptions are listed here by name.

/** Features that the UN counts as part of a member state; merged into it so it colours as one. */
export const PARTS_OF_STATES = new Map([
  ['N. Cyprus', 'CY'], // no id in Natural Earth; the UN recognises the Republic of Cyprus only
  ['Somaliland', 'SO'], // no id; part of Somalia for the UN
  ['Åland', 'FI'], // id 248, but an autonomous part of Finland, bound by Finland's ratifications
]);

/** Territories that have no ISO numeric code in world-atlas, with the alpha-2 code used for them. */
export const TERRITORY_CODES = new Map([
  ['Kosovo', 'XK'], // XK is the user-assigned code the EU and IMF use; Kosovo is not a UN member
]);

/** Features left off the map, with the reason (printed by the build). */
export const LEFT_OUT = new Map([
  ['Antarctica', 'no state; it would also dominate an Equal Earth map'],
  ['Siachen Glacier', 'disputed between India and Pakistan; drawn as neither'],
  ['Indian Ocean Ter.', 'Christmas and Cocos Islands, Australian external territories'],
]);

/**
 * Groups the world-atlas geometries by the map id they become.
 * @param {object} topology world-atlas countries topology
 * @param {{ stateByNumeric: Map<string, { iso_a2: string }>, alpha2: (numeric: string) => string | undefined }} lookups
 * @returns {{ countries: Array<{ id: string, kind: 'state' | 'territory', numeric?: string, name: string, sources: object[] }>, leftOut: string[] }}
 */
export function groupCountries(topology, { stateByNumeric, alpha2 }) {
  const byId = new Map();
  const leftOut = [];
  const add = (id, kind, geometry, numeric) => {
    if (!byId.has(id)) byId.set(id, { id, kind, numeric, name: geometry.properties.name, sources: [] });
    const entry = byId.get(id);
    if (entry.kind !== kind) throw new Error(`${id}: "${geometry.properties.name}" is both state and territory`);
    entry.sources.push(geometry);
  };

  for (const geometry of topology.objects.countries.geometries) {
    const name = geometry.properties?.name ?? '';
    const numeric = geometry.id;
    if (LEFT_OUT.has(name)) {
      leftOut.push(`${name} (${LEFT_OUT.get(name)})`);
    } else if (PARTS_OF_STATES.has(name)) {
      const state = [...stateByNumeric.values()].find((row) => row.iso_a2 === PARTS_OF_STATES.get(name));
      if (!state) throw new Error(`"${name}" should merge into ${PARTS_OF_STATES.get(name)}, which is not in the states table`);
      add(state.iso_a2, 'state', geometry, state.iso_n3);
    } else if (numeric !== undefined && stateByNumeric.has(numeric)) {
      // Same numeric id, same state: e.g. Ashmore and Cartier Is. carry Australia's 036.
      add(stateByNumeric.get(numeric).iso_a2, 'state', geometry, numeric);
    } else if (TERRITORY_CODES.has(name)) {
      add(TERRITORY_CODES.get(name), 'territory', geometry, undefined);
    } else if (numeric !== undefined && alpha2(numeric)) {
      add(alpha2(numeric), 'territory', geometry, numeric);
    } else {
      // A new world-atlas release may add features; they need a decision, not a silent default.
      throw new Error(`world-atlas feature "${name}" (id ${numeric}) is not classified; see scripts/lib/world-atlas-countries.mjs`);
    }
  }
  const countries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { countries, leftOut };
}
