/**
 * A build plugin that shrinks the markup inside Lit's html`…` templates in
 * our sources: the bundler's minifier leaves template text alone, so every
 * line break and indentation of a template reached every visitor.
 *
 * Conservative on purpose: in the template's own text (never inside a
 * `${…}` expression) a run of white space that holds a line break becomes
 * one space. Where white space is shown (between inline elements, in text)
 * the browser collapses it to one space anyway; a run on one line is left
 * alone. Templates nested in expressions are treated the same way; other
 * template literals, strings and comments are copied unchanged.
 */

const IDENTIFIER = /[\w$]/;

/**
 * Copies code from `start`: strings and comments as they are, template
 * literals through `template` (collapsed when tagged `html`). Inside a
 * `${…}` (`inExpression`) it stops after the closing `}`; returns the copy
 * and the index where it stopped.
 */
function scan(code, start, inExpression) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === '}' && depth === 0 && inExpression) return { out, end: i + 1 };
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    if (char === "'" || char === '"') {
      const close = quoted(code, i);
      out += code.slice(i, close);
      i = close;
      continue;
    }
    if (char === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      const found = code[i + 1] === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i) + 2;
      const close = found <= i ? code.length : found;
      out += code.slice(i, close);
      i = close;
      continue;
    }
    if (char === '/' && startsRegex(out)) {
      const close = regexEnd(code, i);
      out += code.slice(i, close);
      i = close;
      continue;
    }
    if (char === '`') {
      const isHtml = code.slice(Math.max(0, i - 4), i) === 'html' && !IDENTIFIER.test(code[i - 5] ?? '');
      const { out: body, end } = template(code, i + 1, isHtml);
      out += `\`${body}\``;
      i = end;
      continue;
    }
    out += char;
    i += 1;
  }
  if (inExpression) throw new Error('minify-html: unclosed ${ in a template');
  return { out, end: i };
}

/** Whether a `/` after `before` opens a regular expression (not a division). */
function startsRegex(before) {
  const last = before.trimEnd();
  return !last || /[(,=:[!&|?{};+\-*%<>~^]$/.test(last) || /\b(?:return|typeof|case|of|in)$/.test(last);
}

/** The index after the regular expression literal that opens at `start` (and its flags). */
function regexEnd(code, start) {
  let i = start + 1;
  let inClass = false;
  while (i < code.length && code[i] !== '\n') {
    const char = code[i];
    if (char === '\\') i += 1;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) break;
    i += 1;
  }
  i += 1;
  while (IDENTIFIER.test(code[i] ?? '')) i += 1;
  return i;
}

/** The index after the string literal that opens at `start`. */
function quoted(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * The body of the template literal that starts at `start` (just after its
 * backtick), collapsed when `isHtml`; returns it and the index after the
 * closing backtick.
 */
function template(code, start, isHtml) {
  let out = '';
  let text = '';
  const flush = () => {
    out += isHtml ? text.replace(/\s*\n\s*/g, ' ') : text;
    text = '';
  };
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      flush();
      return { out, end: i + 1 };
    } else if (char === '$' && code[i + 1] === '{') {
      flush();
      const inner = scan(code, i + 2, true);
      out += `\${${inner.out}}`;
      i = inner.end;
    } else {
      text += char;
      i += 1;
    }
  }
  throw new Error('minify-html: unclosed template literal');
}

/** `code` with the white space in every html`…` template collapsed (see above). */
export function minifyHtmlTemplates(code) {
  return scan(code, 0, false).out;
}

export function minifyHtmlPlugin() {
  return {
    name: 'ccv-minify-lit-html',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      const minified = minifyHtmlTemplates(code);
      // Only white space may change: anything else means the scan lost its way.
      if (minified.replace(/\s+/g, '') !== code.replace(/\s+/g, '')) throw new Error(`minify-html changed more than white space in ${id}`);
      return { code: minified, map: null };
    },
  };
}
