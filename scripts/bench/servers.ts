import { preview, type InlineConfig, type PreviewServer } from 'vite';
import { CONFIG_FILE, REPO_ROOT, floorConfig } from './build-apps.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

async function serve(config: InlineConfig, port: number): Promise<Served> {
  const server: PreviewServer = await preview({
    ...config,
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}

/** vite preview of the console's build, with the deployment's security headers (vite.config.ts). */
export function serveConsole(port: number): Promise<Served> {
  return serve({ configFile: CONFIG_FILE, root: REPO_ROOT, logLevel: 'warn' }, port);
}

/** vite preview of the floor's build, with the same headers. */
export function serveFloor(port: number): Promise<Served> {
  return serve(floorConfig(), port);
}
