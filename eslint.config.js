import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        // Texts from pages and imports are rendered as text, never parsed as HTML.
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Do not assign innerHTML; build nodes or use textContent.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render stored text as HTML.' },
      ],
    },
  },
);
