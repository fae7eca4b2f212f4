// Rollup plugin: minifies the text of Lit's templates. Terser leaves template strings alone, and
// their indentation and comments were a tenth of the script. Only what cannot change meaning goes:
// - css`…`: comments, runs of white space, white space next to { } ; , > and after a colon, the
//   zero before a decimal point, and colours that have a three-digit form;
// - html`…` and svg`…`: a run of white space that holds a line break becomes one space (the browser
//   collapses it so anyway; no template of ours has <pre> or <textarea>).
// Templates are found in the syntax tree (the quasis of tagged templates), so code inside ${…} is
// never touched.
import MagicString from 'magic-string';

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/(^|[\s:,(/-])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .trim();
}

const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');

const MINIFIERS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup };

/** Every tagged template in `node`'s tree whose tag is one of MINIFIERS. */
function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && MINIFIERS[node.tag.name]) yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value === 'object') yield* taggedTemplates(value);
  }
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(css|html|svg)`/.test(code)) return null;
      const edited = new MagicString(code);
      for (const template of taggedTemplates(this.parse(code))) {
        const minify = MINIFIERS[template.tag.name];
        const quasis = template.quasi.quasis;
        quasis.forEach((quasi, index) => {
          let text = minify(quasi.value.raw);
          // A css`` template whose first or last part sits against an interpolation keeps its edge.
          if (template.tag.name === 'css' && index > 0 && /^\s/.test(quasi.value.raw)) text = ` ${text}`;
          if (quasi.end > quasi.start && text !== quasi.value.raw) edited.overwrite(quasi.start, quasi.end, text);
          else if (quasi.end === quasi.start && text) edited.appendLeft(quasi.start, text);
        });
      }
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true }) } : null;
    },
  };
}
