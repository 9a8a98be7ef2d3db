/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'true' in dev and demo builds: the embedded simulated API may be used. */
  readonly VITE_DEMO?: string;
}
