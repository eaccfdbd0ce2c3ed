/**
 * Every built page is valid HTML by the W3C Nu HTML Checker (npm `vnu-jar`, run with Java), in both
 * builds. Errors only: the checker's info-level notes (such as its CSP warnings, which it cannot judge
 * for files read from disk) do not count.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../../scripts/build-sites.mjs';
import { listBuiltPages } from '../../scripts/list-pages.mjs';

const require = createRequire(import.meta.url);
const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');
const JAVA = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/** The checker takes a few seconds per build, more on a busy machine. */
const CHECK_TIMEOUT_MS = 180_000;

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

describe('HTML validity', () => {
  it(
    'finds no error on any page of either build',
    () => {
      for (const build of BUILDS) expect(listBuiltPages(build.outDir).length, build.outDir).toBeGreaterThan(5);
      const result = spawnSync(
        JAVA,
        ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', ...BUILDS.map((b) => b.outDir)],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      if (result.error) {
        throw new Error(`Cannot run the HTML checker with "${JAVA}": ${result.error.message}. Install a Java runtime (apt-get install default-jre-headless).`);
      }
      // The checker exits 1 when it finds errors and writes its report, as JSON, to stderr.
      expect([0, 1], result.stderr).toContain(result.status);
      const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
      const errors = messages
        .filter((m) => m.type === 'error' || m.subType === 'fatal')
        .map((m) => `${m.url?.replace(/^file:.*?\/(dist[^/]*\/)/, '$1')}:${m.lastLine ?? '?'}: ${m.message}`);
      expect(errors).toEqual([]);
    },
    CHECK_TIMEOUT_MS,
  );
});
