/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** URL of the local sandbox baked in by the build (npm start / e2e). */
  readonly VITE_SANDBOX_URL: string;
  /** False when built with STS_CONSOLE_NO_SANDBOX=1 (a deployment). */
  readonly VITE_EMBEDDED_SANDBOX: boolean;
}
