/**
 * Wording, without an element: `@ccv/leerkring-widgets/i18n` for sites that
 * import single elements and change their texts with registerMessages().
 */
export { LANGUAGES, type Language } from './languages.js';
export { registerMessages, type MessageOverrides, type Messages, type Namespace } from './catalogue.js';
