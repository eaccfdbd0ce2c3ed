// `npm test`: every check the project has, in order, stopping at the first that fails.
//   1. originality of the text (needs ../shared beside the checkout; skipped with a note otherwise)
//   2. astro check (types and templates; also writes .astro/ types the linter reads)
//   3. lint (ESLint, type-aware, with the import boundaries of eslint.config.js)
//   4. unit and island tests (vitest)
//   5. two production builds (root and BASE_PATH=/loyalty/)
//   6. end-to-end tests in Chromium against both builds, byte budgets of every page included
// Pass --skip-build to reuse existing builds while iterating on the e2e tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILDS, buildSite } from './build-sites.mjs';
import { ensureChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const args = new Set(process.argv.slice(2));

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old for Astro 7. Run the tests with "npm test", which uses the project's Node 24.`);
  process.exit(1);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let step = 0;

function run(title, command, commandArgs, extraEnv = {}) {
  step += 1;
  console.log(`\n▶ ${step}. ${title}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (${seconds}s).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds}s)`);
}

const originality = new URL('../../shared/tools/originality.mjs', import.meta.url);
if (existsSync(originality)) {
  run('Originality of the text', 'node', [fileURLToPath(originality), 'content', 'src', 'public']);
} else {
  step += 1;
  console.log(`\n▶ ${step}. Originality of the text: skipped, ../shared/tools/originality.mjs is not beside this checkout.`);
}

run('Types and templates (astro check)', 'astro', ['check']);
// eslint directly: astro check has just written the .astro/ types that `npm run lint` would sync.
run('Lint (ESLint)', 'eslint', ['.']);
run('Unit and island tests', 'vitest', ['run', '--project', 'unit', '--project', 'islands']);

if (!args.has('--skip-build')) {
  for (const build of BUILDS) {
    step += 1;
    console.log(`\n▶ ${step}. Build ${build.outDir}/ (base ${build.base})`);
    if (buildSite(build) !== 0) {
      console.error(`\n✖ Build ${build.outDir}/ failed.`);
      process.exit(1);
    }
  }
}

const chromium = ensureChromium();
run('End-to-end tests in Chromium', 'vitest', ['run', '--project', 'e2e'], { CHROME_PATH: chromium });
console.log('\nAll checks passed.');
