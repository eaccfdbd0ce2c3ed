import type { TestProject } from 'vitest/node';
import { BUILDS } from '../../../scripts/build-sites.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of each build, by build name (`root`, `base-path`), for example `http://127.0.0.1:4000/loyalty/`. */
    sites: Record<string, string>;
  }
}

/** Serves every build on its own loopback port for the whole e2e run. */
export default async function setup(project: TestProject) {
  const servers = await Promise.all(
    BUILDS.map(async (build) => ({ build, server: await startStaticServer({ dir: build.outDir, base: build.base }) })),
  );
  project.provide('sites', Object.fromEntries(servers.map(({ build, server }) => [build.name, server.url])));
  return async () => {
    await Promise.all(servers.map(({ server }) => server.close()));
  };
}
