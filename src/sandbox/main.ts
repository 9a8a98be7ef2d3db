import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from '@mswjs/http-middleware';
import { reloadDatabase } from '../mocks/db/database';
import { attachStorage } from '../mocks/db/persistence';
import { DEMO_KEYS } from '../mocks/demo-keys';
import { apiHandler } from '../mocks/handlers';
import { setDefaultLatency } from '../mocks/latency';
import { reloadBuckets } from '../mocks/rate-limit-bucket';
import { CONTROL_PREFIX, controlHandlers } from './control-handlers';
import { fileStorage } from './file-storage';
import { openApiHandlers } from './openapi-handler';

/**
 * `npm run sandbox`: the simulated API (the browser demo's msw handlers, same keys, scopes,
 * faults and rate limit) over real HTTP, for integrators' scripts and the end-to-end tests.
 */
const USAGE = `Usage: npm run sandbox -- [--port 5400] [--host 127.0.0.1] [--state sandbox-state.json] [--latency 0]

  --port     port to listen on (default 5400, or SANDBOX_PORT)
  --host     address to listen on (default 127.0.0.1: this machine only)
  --state    keep data, budgets and data set in this JSON file (default: in memory, lost on exit)
  --latency  milliseconds added to every answer (default 0)`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SANDBOX_PORT ?? '5400' },
    host: { type: 'string', default: '127.0.0.1' },
    state: { type: 'string' },
    latency: { type: 'string', default: '0' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port);
const latency = Number(values.latency);
if (!Number.isInteger(port) || port < 0 || port > 65_535 || !Number.isFinite(latency)) {
  console.error(USAGE);
  process.exit(2);
}

const statePath = values.state ? resolve(values.state) : null;
attachStorage(statePath ? fileStorage(statePath) : null);
reloadDatabase();
reloadBuckets();
setDefaultLatency(latency, latency);

const app = createServer(apiHandler(''), ...openApiHandlers, ...controlHandlers);
app.disable('x-powered-by');

// What a browser on another origin needs: the key headers allowed in, the rate-limit headers
// readable (Access-Control-Expose-Headers), preflights answered without a key.
const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, 4b42-KEY, Content-Type, Accept',
  'Access-Control-Expose-Headers':
    'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, WWW-Authenticate, Allow, Content-Disposition',
  'Access-Control-Max-Age': '600',
};

const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Vary', 'Origin');
  for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  app(req, res);
});

server.listen(port, values.host, () => {
  const address = server.address();
  const origin = `http://${values.host}:${typeof address === 'object' && address ? address.port : port}`;
  console.log(`4b42 sandbox API on ${origin}/v1 (state: ${statePath ?? 'in memory'})`);
  console.log(`  OpenAPI document: ${origin}/openapi.json · controls: ${origin}${CONTROL_PREFIX}`);
  for (const key of DEMO_KEYS) console.log(`  ${key.label.padEnd(36)} ${key.key}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
