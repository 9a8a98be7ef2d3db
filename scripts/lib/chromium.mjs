import { accessSync, constants } from 'node:fs';

/** The same browser playwright.config.ts uses: Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
];

/**
 * Returns the Chromium executable or throws a message saying how to install one. Never downloads a
 * browser: Playwright's own download (`npx playwright install`) does not work on these machines.
 */
export function requireChromium() {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return CHROMIUM_PATH;
  } catch {
    const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH (${CHROMIUM_PATH})` : CHROMIUM_PATH;
    throw new Error(
      [
        `No Chromium found at ${where}.`,
        'Install Debian\u2019s Chromium:  sudo apt-get install -y chromium',
        'or point CHROMIUM_PATH at a Chromium executable. Do not run `npx playwright install`.',
      ].join('\n'),
    );
  }
}

/** Launches headless Chromium through Playwright, with the flags the e2e tests use. */
export async function launchChromium(options = {}) {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
