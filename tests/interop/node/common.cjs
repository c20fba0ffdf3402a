// What the node interop clients share: their command line, assertions, fixtures and the run of
// their cases. CommonJS, so client.js requires it and web_client.mjs imports it.
'use strict';

const path = require('path');

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0 || index + 1 >= process.argv.length) {
    if (fallback !== undefined) return fallback;
    throw new Error(`missing --${name}`);
  }
  return process.argv[index + 1];
}

const repo = argument('repo', path.resolve(__dirname, '..', '..', '..'));

/** The command line every client takes: the repository, the fixtures beside it, and the two API keys. */
const options = {
  repo,
  fixtures: path.join(repo, '..', 'shared', 'fixtures'),
  googleProtos: path.join(__dirname, 'node_modules', 'google-proto-files'),
  // A key for every site, sent on every call but the UNAUTHENTICATED case.
  key: argument('key', process.env.DOCGEN_KEY ?? ''),
  // A key for 2111000031 only: the PERMISSION_DENIED case renders another site's code with it.
  siteKey: argument('site-key', ''),
  argument,
};

const OTHER_SITE = '3501210001';

function expect(condition, what) {
  if (!condition) throw new Error(what);
}

/** Runs every case, prints PASS/FAIL each and a summary line the xunit test matches, exits 0 when all pass. */
async function runCases(label, cases, close = () => {}) {
  let failures = 0;
  for (const [name, run] of Object.entries(cases)) {
    try {
      await run();
      console.log(`PASS ${name}`);
    } catch (error) {
      failures += 1;
      console.log(`FAIL ${name}: ${error && error.stack ? error.stack : error}`);
    }
  }
  console.log(`${label}: ${Object.keys(cases).length - failures} passed, ${failures} failed`);
  close();
  process.exit(failures ? 1 : 0);
}

module.exports = { options, OTHER_SITE, expect, runCases };
