// Loaded through `@config` in src/styles.css: tailwind v4 reads its settings from CSS first.
export default {
  darkMode: 'class',
  content: ['./index.html', './src/**/*.{ts,tsx}'],
};
