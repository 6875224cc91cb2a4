import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STATE_MARKER } from '../stateDir.js';
import { buildForStart } from './buildForStart.js';
import { buildOutputs } from './buildOutputs.js';
import type { BuildLayout } from './buildOutputs.js';
import { writeBuildStamp } from './buildStamps.js';
import type { BuildPart } from './buildStamps.js';
import { filesDigest } from './filesDigest.js';

const fixture = (name: string): string => path.join(import.meta.dirname, 'fixtures', name);
const execArgv = ['--import', 'tsx'];
// Reports the parts it was asked for as its digests; a run of `buildCrashed.ts` rejects with exit code 3.
const built = { script: fixture('buildBuilt.ts'), execArgv };
const crashed = { script: fixture('buildCrashed.ts'), execArgv };

let layout: BuildLayout;

beforeEach(() => {
  const rootDir = mkdtempSync(path.join(tmpdir(), 'shopsync-start-build-'));
  layout = {
    rootDir,
    resolverBuildDir: path.join(rootDir, 'build', 'resolvers'),
    lambdaBuildDir: path.join(rootDir, 'build', 'twin-lambda'),
    consoleBuildDir: path.join(rootDir, 'build', 'console'),
    appBuildDir: path.join(rootDir, 'app', 'dist'),
    stampsFile: path.join(rootDir, 'build', 'start-stamps.json'),
  };
  for (const dir of [
    'resolvers',
    'app/src',
    'build/resolvers',
    'build/twin-lambda',
    'build/console',
    'app/dist',
  ])
    mkdirSync(path.join(rootDir, dir), { recursive: true });
  writeFileSync(path.join(rootDir, 'resolvers', 'Query.a.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(rootDir, 'app', 'src', 'main.tsx'), 'export {};\n');
  writeFileSync(path.join(layout.resolverBuildDir, 'Query.a.js'), 'export const a = 1;\n');
  writeFileSync(path.join(layout.lambdaBuildDir, 'runtime.mjs'), 'export {};\n');
  writeFileSync(path.join(layout.appBuildDir, 'index.html'), '<!doctype html>\n');
});
afterEach(() => rmSync(layout.rootDir, { recursive: true, force: true }));

/** Stamps `part` as the build process does once it has made it from the sources as they are. */
function stamp(part: BuildPart, checkedCode?: readonly string[]): void {
  writeBuildStamp(layout.stampsFile, part, {
    sources: filesDigest([layout.rootDir], { stopAt: STATE_MARKER }),
    outputs: filesDigest(buildOutputs(layout, part)),
    ...(checkedCode ? { checkedCode } : {}),
  });
}

describe('buildForStart', () => {
  it('builds every part wanted when none was stamped', async () => {
    expect(await buildForStart({ app: true, layout, ...built })).toEqual({
      checkedCode: ['digest', 'resolvers', 'functions', 'app'],
      kept: [],
    });
    expect(await buildForStart({ app: false, layout, ...built })).toEqual({
      checkedCode: ['digest', 'resolvers', 'functions'],
      kept: [],
    });
  });

  it('keeps the parts made from the sources as they are, without a build process', async () => {
    stamp('resolvers', ['kept-digest']);
    stamp('functions');
    stamp('app');
    expect(await buildForStart({ app: true, layout, ...crashed })).toEqual({
      checkedCode: ['kept-digest'],
      kept: ['resolvers', 'functions', 'app'],
    });
  });

  it('builds only the parts whose outputs changed since, keeping the others’ digests', async () => {
    stamp('resolvers', ['kept-digest']);
    stamp('functions');
    stamp('app');
    writeFileSync(path.join(layout.appBuildDir, 'index.html'), '<!doctype html><title>edited</title>\n');
    expect(await buildForStart({ app: true, layout, ...built })).toEqual({
      checkedCode: ['kept-digest'],
      kept: ['resolvers', 'functions'],
    });
    stamp('app');
    rmSync(path.join(layout.lambdaBuildDir, 'runtime.mjs'));
    expect(await buildForStart({ app: true, layout, ...built })).toEqual({
      checkedCode: ['kept-digest'],
      kept: ['resolvers', 'app'],
    });
  });

  it('builds again after a source is written, added or removed', async () => {
    const source = path.join(layout.rootDir, 'resolvers', 'Query.a.ts');
    stamp('resolvers', ['kept-digest']);
    const later = new Date(Date.now() + 5000);
    utimesSync(source, later, later);
    await expect(buildForStart({ app: false, layout, ...crashed })).rejects.toMatchObject({ exitCode: 3 });
    stamp('resolvers', ['kept-digest']);
    writeFileSync(path.join(layout.rootDir, 'app', 'src', 'extra.ts'), 'export {};\n');
    await expect(buildForStart({ app: false, layout, ...crashed })).rejects.toMatchObject({ exitCode: 3 });
    stamp('resolvers', ['kept-digest']);
    rmSync(source);
    await expect(buildForStart({ app: false, layout, ...crashed })).rejects.toMatchObject({ exitCode: 3 });
  });

  it('takes no state folder, dependency or build output for a source', async () => {
    stamp('resolvers', ['kept-digest']);
    stamp('functions');
    const state = path.join(layout.rootDir, 'state');
    mkdirSync(state);
    writeFileSync(path.join(state, STATE_MARKER), '');
    writeFileSync(path.join(state, 'twin.pid'), '1\n');
    mkdirSync(path.join(layout.rootDir, '.shopsync'));
    writeFileSync(path.join(layout.rootDir, '.shopsync', 'twin.json'), '{}\n');
    mkdirSync(path.join(layout.rootDir, 'node_modules', 'some'), { recursive: true });
    writeFileSync(path.join(layout.rootDir, 'node_modules', 'some', 'index.js'), '\n');
    writeFileSync(path.join(layout.rootDir, 'build', 'functions.txt'), '\n');
    await expect(buildForStart({ app: false, layout, ...crashed })).resolves.toEqual({
      checkedCode: ['kept-digest'],
      kept: ['resolvers', 'functions'],
    });
  });
});
