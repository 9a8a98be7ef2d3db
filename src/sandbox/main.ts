import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_KEYS } from '@/mocks/demo-keys';
import { CONTROL_PREFIX } from './control-handlers';
import { createSandboxServer } from './server';

/** `npm run sandbox`: the command line around createSandboxServer (see README "Sandbox API server"). */
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
if (!Number.isInteger(port) || port < 0 || port > 65_535 || !Number.isFinite(latency) || latency < 0) {
  console.error(USAGE);
  process.exit(2);
}

const statePath = values.state ? resolve(values.state) : null;
const server = createSandboxServer({ statePath, latency });

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
