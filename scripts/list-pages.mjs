// Lists the pages of a build, so tests and the benchmark cover every page without a hand-kept list.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Lists the site paths of every HTML page in a build folder, for example `playbook/weekly-habits/`
 * (the home page is the empty string).
 * @param {string} outDir the build folder, such as `dist`
 * @returns {string[]}
 */
export function listBuiltPages(outDir = 'dist') {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        pages.push(
          relative(outDir, dir)
            .split(sep)
            .filter(Boolean)
            .map((s) => `${s}/`)
            .join(''),
        );
      }
    }
  };
  walk(outDir);
  return pages.sort();
}
