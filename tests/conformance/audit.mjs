// Runs the graphql-http server audits against a GraphQL-over-HTTP endpoint.
// Usage: node audit.mjs <url>   e.g. node audit.mjs http://127.0.0.1:5080/graphql
import { readFile } from 'node:fs/promises';
import { serverAudits } from 'graphql-http';

const REQUEST_TIMEOUT_MS = 15000;
const BODY_LIMIT = 300;

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql-endpoint-url>');
  process.exit(2);
}

const exceptionsFile = new URL('./should-exceptions.json', import.meta.url);
let exceptions;
try {
  exceptions = JSON.parse(await readFile(exceptionsFile, 'utf8'));
  if (typeof exceptions !== 'object' || exceptions === null || Array.isArray(exceptions)) {
    throw new Error('expected an object mapping audit id -> reason');
  }
} catch (err) {
  console.error(`cannot read should-exceptions.json: ${err.message}`);
  process.exit(1);
}

// fetch with a timeout so a hanging server fails the audit instead of the run.
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

const level = (name) => name.split(' ', 1)[0]; // MUST | SHOULD | MAY

async function describeResponse(res) {
  if (!res) return '';
  let body;
  try {
    body = res.bodyUsed ? '(body already read)' : await res.text();
  } catch (err) {
    body = `(unreadable body: ${err.message})`;
  }
  body = body.replace(/\s+/g, ' ').trim();
  if (body.length > BODY_LIMIT) body = `${body.slice(0, BODY_LIMIT)}...`;
  const type = res.headers.get('content-type') ?? '(none)';
  return `status ${res.status}, content-type ${type}, body ${body || '(empty)'}`;
}

const audits = serverAudits({ url, fetchFn });
if (audits.length === 0) {
  console.error('no audits found in graphql-http');
  process.exit(1);
}

let passed = 0;
const failed = { MUST: 0, SHOULD: 0, MAY: 0 };
let blocking = 0;
const seen = new Set();
const passedIds = new Set();

for (const audit of audits) {
  seen.add(audit.id);
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    // Fatal error (e.g. connection refused, timeout): count it as a failure.
    const status = { MUST: 'error', SHOULD: 'warn' }[level(audit.name)] ?? 'notice';
    result = { id: audit.id, name: audit.name, status, reason: `fatal: ${err.cause?.message ?? err.message}` };
  }

  if (result.status === 'ok') {
    passed++;
    passedIds.add(result.id);
    console.log(`ok     ${result.id} ${result.name}`);
    continue;
  }

  const lvl = level(result.name);
  failed[lvl] = (failed[lvl] ?? 0) + 1;
  let note = '';
  if (lvl === 'MUST') blocking++;
  else if (lvl === 'SHOULD') {
    if (typeof exceptions[result.id] === 'string' && exceptions[result.id].trim()) {
      note = ` [allowed: ${exceptions[result.id]}]`;
    } else {
      blocking++;
      note = ' [not listed in should-exceptions.json]';
    }
  }
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${note}`);
  console.log(`         reason: ${result.reason}`);
  const details = await describeResponse(result.response);
  if (details) console.log(`         response: ${details}`);
}

for (const id of Object.keys(exceptions)) {
  if (!seen.has(id)) console.log(`note: should-exceptions.json lists unknown audit id ${id}`);
  else if (passedIds.has(id)) console.log(`note: ${id} passes now; remove it from should-exceptions.json`);
}

const totalFailed = failed.MUST + failed.SHOULD + failed.MAY;
console.log('');
console.log(`${passed} passed, ${totalFailed} failed`);
console.log(`MUST failures: ${failed.MUST}, SHOULD failures: ${failed.SHOULD}, MAY failures: ${failed.MAY}`);
process.exit(blocking > 0 ? 1 : 0);
