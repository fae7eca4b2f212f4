// Writes docs/reference.md, every attribute, property, event, slot, CSS part and CSS custom
// property of each element, from the Custom Elements Manifest (custom-elements.json, written by
// `npm run build`). `npm run docs` runs both. The element classes' doc comments are the one source:
// this page is never edited by hand, and a test checks that the committed page is what this
// script writes.
//
// `node scripts/build-reference.mjs --stdout` prints the page instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const OUTPUT = new URL('docs/reference.md', root);

/** The tags in the order of the element table (src/shared/element-kinds.ts), which the docs follow. */
export function tagOrder(elementKindsSource) {
  return [...elementKindsSource.matchAll(/\btag:\s*'(opicescr-[a-z-]+)'/g)].map((match) => match[1]);
}

/** The Markdown page for a manifest. Pure, so the test can compare it with the committed page. */
export function referencePage(manifest, order = []) {
  const rank = (tag) => (order.includes(tag) ? order.indexOf(tag) : order.length);
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));

  const lines = [
    '# Reference',
    '',
    '<!-- Generated from custom-elements.json by `npm run docs`. Do not edit: change the element\'s',
    '     class doc comment in src/ and run `npm run docs`. -->',
    '',
    'Every element accepts its attributes as `data-<attribute>` on a `<div data-opicescr="<kind>">`',
    'mount too (see [Embedding](embedding.md)). Each element reflects its state as `data-state`',
    '(`loading`, `ready`, `stale` or `error`); see [Troubleshooting](troubleshooting.md).',
    '',
    ...elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName}): ${oneLine(element.summary ?? '')}`),
  ];

  for (const element of elements) {
    const kind = element.tagName.replace(/^opicescr-/, '');
    lines.push('', `## ${element.tagName}`, '', oneLine(element.description ?? element.summary ?? ''), '');
    lines.push('```html', `<${element.tagName}></${element.tagName}>`, `<div data-opicescr="${kind}"></div>`, '```');

    const attributes = element.attributes ?? [];
    const fieldOf = new Map(attributes.map((attribute) => [attribute.name, attribute.fieldName]));
    section(lines, 'Attributes', ['attribute', 'property', 'description'], attributes.map((attribute) => [
      code(attribute.name),
      attribute.fieldName ? code(attribute.fieldName) : '',
      attribute.description ?? '',
    ]));

    const members = (element.members ?? []).filter(
      (member) => (member.privacy ?? 'public') === 'public' && !member.attribute && ![...fieldOf.values()].includes(member.name),
    );
    section(lines, 'Other properties and methods', ['member', 'type', 'description'], members.map((member) => [
      code(member.kind === 'method' ? `${member.name}()` : member.static ? `${element.name}.${member.name}` : member.name),
      member.kind === 'method' ? code(member.return?.type?.text ?? 'void') : member.type ? code(member.type.text) : '',
      `${member.readonly ? 'Read only. ' : ''}${member.description ?? ''}`,
    ]));

    section(lines, 'Events', ['event', 'type', 'description'], (element.events ?? []).map((event) => [
      code(event.name),
      event.type ? code(event.type.text) : '',
      event.description ?? '',
    ]));
    section(lines, 'Slots', ['slot', 'description'], (element.slots ?? []).map((slot) => [
      slot.name ? code(slot.name) : '(default)',
      slot.description ?? '',
    ]));
    section(lines, 'CSS parts', ['part', 'description'], (element.cssParts ?? []).map((part) => [
      code(part.name),
      part.description ?? '',
    ]));
    section(lines, 'CSS custom properties', ['property', 'description'], (element.cssProperties ?? []).map((property) => [
      code(property.name),
      property.description ?? '',
    ]));
  }
  return `${lines.join('\n')}\n`;
}

function section(lines, title, headings, rows) {
  if (!rows.length) return;
  lines.push('', `### ${title}`, '', `| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`);
  for (const row of rows) lines.push(`| ${row.map((cell) => cell.replaceAll('|', '\\|').replace(/\s+/g, ' ').trim()).join(' | ')} |`);
}

const code = (text) => `\`${text}\``;
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const order = tagOrder(readFileSync(new URL('src/shared/element-kinds.ts', root), 'utf8'));
  const page = referencePage(manifest, order);
  if (process.argv.includes('--stdout')) process.stdout.write(page);
  else writeFileSync(OUTPUT, page);
}
