/**
 * A build plugin that minifies the CSS inside Lit's css`…` templates in our
 * sources: the bundler's minifier leaves string contents alone, and styles
 * are a good part of every element's size. Conservative on purpose: it drops
 * comments and collapses white space, and removes it only around { } ; ,
 * and after a colon (selectors never put white space right after one).
 */
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssPlugin() {
  return {
    name: 'ccv-minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${body.includes('${') ? body : minifyCss(body)}\``), map: null };
    },
  };
}
