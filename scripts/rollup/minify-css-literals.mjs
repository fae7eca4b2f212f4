// Rollup plugin: minifies the CSS inside Lit's css`…` templates. Terser leaves template strings
// alone, and the stylesheets' comments and indentation were a tenth of the script. Only what
// cannot change meaning is removed: comments, runs of white space, and white space next to
// { } ; , > and after a colon. Interpolations (${…}) are kept as they are.

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, css) => `css\`${minifyCss(css)}\``), map: null };
    },
  };
}
