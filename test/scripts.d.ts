declare module '*/minify-css.mjs' { export function minifyCss(text: string): string; }
