import path from 'node:path';
import { RESOLVER_BUILD_DIR, ROOT_DIR } from '../../infra/paths.js';
import type { BuildPart } from './buildStamps.js';

/** Where `npm start`'s builds read and write. */
export interface BuildLayout {
  /** The repository: every file in it but dependencies and outputs is a source (`filesDigest`). */
  readonly rootDir: string;
  /** The resolver bundles (`npm run build` writes the same folder), which the twin runs. */
  readonly resolverBuildDir: string;
  /** The functions as the twin runs them (`bundleLambda`: Node 20, the runtime beside them). */
  readonly lambdaBuildDir: string;
  /** The GraphQL console (`buildConsole`), which the twin serves at `/console`. */
  readonly consoleBuildDir: string;
  /** The shop app, as Vite builds it (`app/vite.config.ts`, `npm run build:app`); served at `/`. */
  readonly appBuildDir: string;
  /** What each build was made from and made (`BuildStamps`), so that an unchanged one is not remade. */
  readonly stampsFile: string;
}

/** The repository's layout. */
export const BUILD_LAYOUT: BuildLayout = {
  rootDir: ROOT_DIR,
  resolverBuildDir: RESOLVER_BUILD_DIR,
  lambdaBuildDir: path.join(ROOT_DIR, 'build', 'twin-lambda'),
  consoleBuildDir: path.join(ROOT_DIR, 'build', 'console'),
  appBuildDir: path.join(ROOT_DIR, 'app', 'dist'),
  stampsFile: path.join(ROOT_DIR, 'build', 'start-stamps.json'),
};

/** The folders a build part writes. */
export function buildOutputs(layout: BuildLayout, part: BuildPart): string[] {
  if (part === 'resolvers') return [layout.resolverBuildDir];
  if (part === 'functions') return [layout.lambdaBuildDir];
  return [layout.consoleBuildDir, layout.appBuildDir];
}
