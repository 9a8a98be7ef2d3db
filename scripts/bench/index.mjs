// The measurements `npm run bench` runs, in order. To add one, write a module here that exports
// `title` (a short string) and `async function run(ctx)` returning rows (see context.mjs for
// `ctx`), then list it below. Rows are plain objects:
//
//   { section: 'first load', name: 'assets/index-abc.js', kind: 'js', 'raw KiB': 12.3, 'gzip KiB': 4.5 }
//       a table row; rows are grouped by `section`, every other key is a column
//       (numbers print with one decimal, strings as they are)
//   { goal: 'first-load JS ≤ 110 KiB gzip', pass: true, detail: '98.2 KiB' }
//       a goal line: printed as `goal: PASS|FAIL`; any FAIL makes `npm run bench` exit 1
//
// A browser timing (e.g. keystroke in the customer search box to the 10 000-row list painted)
// uses `await ctx.serveDemo()` for the demo build's URL and `await ctx.launchChromium()` for a
// browser (`ctx.launchPipeChromium()` to time a page load with nothing else attached); the runner
// closes them.
import * as customerSearch from './customer-search.mjs';
import * as directoryUsers from './directory-users.mjs';
import * as firstLoad from './first-load.mjs';
import * as lighthouse from './lighthouse.mjs';
import * as noMsw from './no-msw.mjs';
import * as pageLoad from './page-load.mjs';
import * as zoneSearch from './zone-search.mjs';

export const measurements = [
  firstLoad,
  noMsw,
  pageLoad,
  lighthouse,
  customerSearch,
  directoryUsers,
  zoneSearch,
];
