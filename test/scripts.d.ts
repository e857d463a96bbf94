declare module '*/minify-css.mjs' { export function minifyCss(text: string): string; }
declare module '*/minify-html.mjs' { export function minifyHtmlTemplates(code: string): string; }
