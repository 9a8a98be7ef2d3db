import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { makeTempDir, removeDir } from './vite-builds.mjs';

/**
 * Headless Chromium driven over its DevTools pipe with nothing else attached, for timing a page
 * load as a reader's browser runs it. Playwright enables the Runtime domain on every page, and
 * with it V8 records a stack for each Error created: the ones react-dom creates as it loads made
 * V8 re-parse code for source positions (102–164 ms per `/demo` load here, before any CPU
 * slowdown; 1 ms or less without Runtime). A page opened here has only the domains the caller
 * enables.
 *
 * `newPage()` gives a page in a fresh browser context: `send(method, params)`,
 * `once(event, timeoutMs)` (the event's params), `evaluate(fn, arg)` (awaits a returned promise,
 * returns the value) and `close()`.
 */
export async function launchPipeChromium() {
  const executable = requireChromium();
  const userDataDir = await makeTempDir('chromium');
  const proc = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--no-sandbox',
      // As Playwright and Lighthouse launch it: a page opened over the protocol is never treated
      // as a background tab (throttled timers, a lower-priority renderer).
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      '--disable-ipc-flooding-protection',
      '--disable-dev-shm-usage',
      '--disable-extensions',
      '--hide-scrollbars',
      '--mute-audio',
      '--remote-debugging-pipe',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    // Chromium reads commands on fd 3 and writes answers on fd 4, each message ending in NUL.
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , commands, answers] = proc.stdio;
  const pending = new Map();
  const listeners = new Set();
  let lastId = 0;
  let buffer = '';
  const fail = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const exited = new Promise((resolve) =>
    proc.once('exit', (code) => {
      fail(new Error(`Chromium exited (${code})`));
      resolve();
    }),
  );
  answers.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const waiting = pending.get(message.id);
      if (waiting) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject, method });
      commands.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  const once = (method, sessionId, timeoutMs) =>
    new Promise((resolve, reject) => {
      // Without one, setTimeout would reject at once rather than wait.
      if (!Number.isFinite(timeoutMs)) throw new TypeError(`once('${method}'): a timeout in ms is required`);
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (message) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(message.params);
      };
      listeners.add(listener);
    });

  return {
    async newPage() {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Target.activateTarget', { targetId });
      await send('Emulation.setFocusEmulationEnabled', { enabled: true }, sessionId);
      const pageSend = (method, params) => send(method, params, sessionId);
      return {
        send: pageSend,
        once: (method, timeoutMs) => once(method, sessionId, timeoutMs),
        // Runtime.evaluate works without enabling the Runtime domain.
        async evaluate(fn, arg) {
          const { result, exceptionDetails } = await pageSend('Runtime.evaluate', {
            expression: `(${fn})(${JSON.stringify(arg ?? null)})`,
            awaitPromise: true,
            returnByValue: true,
          });
          if (exceptionDetails)
            throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value;
        },
        close: () => send('Target.disposeBrowserContext', { browserContextId }),
      };
    },
    async close() {
      await send('Browser.close').catch(() => proc.kill());
      await exited;
      await removeDir(userDataDir);
    },
  };
}
