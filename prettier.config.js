// One format for all code (data, fixtures and Markdown keep their hand-made layout: see .prettierignore).
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  // Tagged templates (html`…`) are output, not code: their whitespace is what the report prints.
  embeddedLanguageFormatting: 'off',
};
