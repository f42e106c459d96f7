import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/utils';
import { build, type InlineConfig } from 'vite';
import type { ChunkModules } from './attribution.ts';

/** The repository root (scripts/bench/ is two levels down). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const CONFIG_FILE = resolve(REPO_ROOT, 'vite.config.ts');
export const FLOOR_ROOT = resolve(REPO_ROOT, 'scripts', 'bench', 'floor');
/** Relative to the repository, as STS_CONSOLE_OUT_DIR (git-ignored). */
export const APP_OUT_DIR = '.bench/app';
export const FLOOR_OUT_DIR = resolve(REPO_ROOT, '.bench', 'floor');

export interface BuiltApp {
  /** Absolute path of the built files. */
  outDir: string;
  /** Vite root the build used (for module attribution and preview). */
  root: string;
  chunks: ChunkModules[];
}

/**
 * A module's weight for attribution: its rendered code minified (Rolldown's own minifier) and
 * gzipped on its own, so already-minified packages and commented sources compare fairly.
 */
function moduleWeight(id: string, code: string | null, renderedLength: number): number {
  if (code === null || code === '') return renderedLength;
  try {
    const minified = minifySync(id.replace(/\?.*$/, '').replace(/\.[cm]?[jt]sx?$|$/, '.js'), code);
    return gzipSync(minified.code).byteLength;
  } catch {
    return renderedLength;
  }
}

function chunksOf(result: Awaited<ReturnType<typeof build>>): ChunkModules[] {
  const outputs = Array.isArray(result) ? result : 'output' in result ? [result] : [];
  if (outputs.length === 0) throw new Error('vite build returned a watcher, not a bundle');
  return outputs.flatMap((o) =>
    o.output.flatMap((item) =>
      item.type === 'chunk'
        ? [
            {
              fileName: item.fileName,
              modules: Object.entries(item.modules).map(([id, m]) => ({
                id,
                weight: moduleWeight(id, m.code, m.renderedLength),
              })),
            },
          ]
        : [],
    ),
  );
}

/**
 * The console's production build, exactly as `npm start` makes it: vite.config.ts reads PORT,
 * SANDBOX_PORT and STS_CONSOLE_OUT_DIR from process.env (set them before calling).
 */
export async function buildConsole(): Promise<BuiltApp> {
  const config: InlineConfig = { configFile: CONFIG_FILE, root: REPO_ROOT, logLevel: 'warn' };
  const result = await build(config);
  const outDir = resolve(REPO_ROOT, process.env.STS_CONSOLE_OUT_DIR ?? 'dist');
  return { outDir, root: REPO_ROOT, chunks: chunksOf(result) };
}

/** The same config with the floor's index.html as root and input. */
export function floorConfig(): InlineConfig {
  return {
    configFile: CONFIG_FILE,
    root: FLOOR_ROOT,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: FLOOR_OUT_DIR,
      emptyOutDir: true,
      rolldownOptions: {
        input: resolve(FLOOR_ROOT, 'index.html'),
        // The console's chunk groups are about its own module graph; the floor keeps the
        // bundler's default chunking (one file: it has no lazy parts).
        output: { codeSplitting: true },
      },
    },
  };
}

/** The floor app, built by the console's Vite config. */
export async function buildFloor(): Promise<BuiltApp> {
  const result = await build(floorConfig());
  return { outDir: FLOOR_OUT_DIR, root: REPO_ROOT, chunks: chunksOf(result) };
}
