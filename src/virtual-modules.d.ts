/** Tool pages' frontmatter, served at build time by `src/integrations/tool-pages.ts`. */
declare module 'virtual:tool-pages' {
  const pages: readonly import('./integrations/tool-pages').ToolPage[];
  export default pages;
}
