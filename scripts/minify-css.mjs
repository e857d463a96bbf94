/**
 * A build plugin that minifies the CSS inside Lit's css`…` templates in our
 * sources: the bundler's minifier leaves string contents alone, and styles
 * are a good part of every element's size. Conservative on purpose: it drops
 * comments and collapses white space, and removes it only around { } ; ,
 * after a colon (selectors never put white space right after one), inside
 * brackets, before !important, around selector combinators, and in values
 * without var() around * and / and before a leading zero; in selectors it
 * also drops the quotes around an attribute value that is a plain word. A
 * browser test (test/styles/minify-css.test.ts) holds every element's sheets
 * to the same rules as the browser parses them.
 */
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // Inside brackets, and before !important, white space is never needed.
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+!important/g, '!important')
    // Selectors: no white space around the child and sibling combinators, and no quotes around an
    // attribute value that is a plain word ([part='link'] is [part=link]; the browser writes both alike).
    .replace(/(^|[{}])([^{}@]*)(?=\{)/g, (_, before, selector) =>
      before + selector.replace(/\s*([>+~])\s*/g, '$1').replace(/\[([\w-]+)=(['"])([A-Za-z_][\w-]*)\2\]/g, '[$1=$3]'))
    // Values: no leading zero, no white space around * and / (only + and - need it). Not where a
    // var() is: the browser keeps such a value as written, so it would read back differently.
    .replace(/\{([^{}]*)\}/g, (_, body) => `{${body
      .split(';')
      .map((declaration) => (declaration.includes('var(') || declaration.startsWith('--') ? declaration : declaration.replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2').replace(/\s*([*/])\s*/g, '$1')))
      .join(';')}}`)
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
