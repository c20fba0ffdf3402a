#!/usr/bin/env node
// Interop client for the DocGen gRPC transport, written against the official @grpc/grpc-js client.
//
// Usage: node client.js --port PORT --repo REPO_ROOT
//
// Runs every case against the in-process Echo server the xunit test starts, asserting the exact
// status code and payload of each. Exits 0 when every case passes, 1 otherwise.
'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const MAX_RECEIVE = 1024 * 1024; // the test server's limit (EchoServer.cs)
const NON_ASCII = '未找到站点：政府信息公开工作年度报告 – 100%';

function argument(name) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0 || index + 1 >= process.argv.length) throw new Error(`missing --${name}`);
  return process.argv[index + 1];
}

const port = argument('port');
const repo = argument('repo');
const target = `127.0.0.1:${port}`;

const loadOptions = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };
const interop = grpc.loadPackageDefinition(protoLoader.loadSync('interop.proto', {
  ...loadOptions, includeDirs: [path.join(repo, 'tests', 'DocGen.Grpc.Tests', 'Protos')],
})).interop.v1;
const standard = grpc.loadPackageDefinition(protoLoader.loadSync(
  ['grpc/health/v1/health.proto', 'grpc/reflection/v1/reflection.proto'],
  { ...loadOptions, includeDirs: [path.join(repo, 'src', 'DocGen.Grpc', 'Protos')] })).grpc;

const credentials = grpc.credentials.createInsecure();
const echo = new interop.Echo(target, credentials);
const health = new standard.health.v1.Health(target, credentials);
const reflection = new standard.reflection.v1.ServerReflection(target, credentials);

function expect(condition, what) {
  if (!condition) throw new Error(what);
}

function deadline(ms) {
  return new Date(Date.now() + ms);
}

function unary(client, method, request, options = {}) {
  return new Promise((resolve, reject) => {
    client[method](request, new grpc.Metadata(), { deadline: deadline(10000), ...options },
      (error, response) => (error ? reject(error) : resolve(response)));
  });
}

async function expectError(promise, code, details) {
  try {
    await promise;
  } catch (error) {
    expect(error.code === code, `status ${error.code} (${JSON.stringify(error.details)}), expected ${code}`);
    if (details !== undefined) expect(error.details === details, `details ${JSON.stringify(error.details)}, expected ${JSON.stringify(details)}`);
    return error;
  }
  throw new Error(`call succeeded, expected status ${code}`);
}

function collect(stream) {
  return new Promise((resolve, reject) => {
    const items = [];
    stream.on('data', (item) => items.push(item));
    stream.on('error', reject);
    stream.on('end', () => resolve(items));
  });
}

// google.rpc.Status fields 1 (code, varint) and 2 (message, string), read by hand so the client
// needs no googleapis protos.
function decodeRpcStatus(bytes) {
  let offset = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[offset++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  };
  const status = { code: 0, message: '' };
  while (offset < bytes.length) {
    const key = varint();
    const field = key >> 3;
    const wire = key & 7;
    if (wire === 0) {
      const value = varint();
      if (field === 1) status.code = value;
    } else if (wire === 2) {
      const length = varint();
      const chunk = bytes.subarray(offset, offset + length);
      offset += length;
      if (field === 2) status.message = chunk.toString('utf8');
    } else {
      throw new Error(`unexpected wire type ${wire}`);
    }
  }
  return status;
}

const cases = {
  async unary() {
    const reply = await unary(echo, 'Unary', { message: '你好，年度报告', payload: Buffer.from([0, 1, 255]) });
    expect(reply.message === '你好，年度报告', `message ${reply.message}`);
    expect(Buffer.compare(reply.payload, Buffer.from([0, 1, 255])) === 0, `payload ${reply.payload.toString('hex')}`);
  },

  async server_streaming() {
    const replies = await collect(echo.ServerStream({ message: 'page', count: 3 }, { deadline: deadline(10000) }));
    const seen = replies.map((r) => `${r.message}/${r.index}`).join(',');
    expect(seen === 'page #1/1,page #2/2,page #3/3', `replies ${seen}`);
  },

  async bidi() {
    const call = echo.Bidi({ deadline: deadline(10000) });
    const replies = collect(call);
    for (const word of ['一', '二', '三']) call.write({ message: word });
    call.end();
    const seen = (await replies).map((r) => `${r.message}/${r.index}`).join(',');
    expect(seen === '一/1,二/2,三/3', `replies ${seen}`);
  },

  async error_non_ascii() {
    await expectError(unary(echo, 'Fail', { code: grpc.status.NOT_FOUND, message: NON_ASCII }), grpc.status.NOT_FOUND, NON_ASCII);
  },

  async error_rich_details() {
    const error = await expectError(unary(echo, 'Fail', { code: grpc.status.INVALID_ARGUMENT, message: '报告无效' }),
      grpc.status.INVALID_ARGUMENT, '报告无效');
    const [details] = error.metadata.get('grpc-status-details-bin');
    expect(Buffer.isBuffer(details), 'no grpc-status-details-bin trailer');
    const status = decodeRpcStatus(details);
    expect(status.code === 3 && status.message === '报告无效', `rich status ${JSON.stringify(status)}`);
  },

  async deadline() {
    const started = Date.now();
    await expectError(unary(echo, 'Sleep', { milliseconds: 5000 }, { deadline: deadline(300) }), grpc.status.DEADLINE_EXCEEDED);
    expect(Date.now() - started < 3000, 'deadline took too long to surface');
  },

  async client_cancel() {
    const call = echo.WaitForCancel({ message: 'waiting' }, { deadline: deadline(10000) });
    const outcome = await new Promise((resolve) => {
      call.on('data', (reply) => {
        expect(reply.message === 'waiting', `first reply ${reply.message}`);
        call.cancel();
      });
      call.on('error', resolve);
      call.on('end', () => resolve(null));
    });
    expect(outcome && outcome.code === grpc.status.CANCELLED, `outcome ${outcome && outcome.code}`);
  },

  async unknown_method() {
    const call = new Promise((resolve, reject) => {
      echo.makeUnaryRequest('/interop.v1.Echo/NoSuchMethod', (x) => x, (x) => x, Buffer.alloc(0),
        { deadline: deadline(10000) }, (error, response) => (error ? reject(error) : resolve(response)));
    });
    await expectError(call, grpc.status.UNIMPLEMENTED);
  },

  async oversized_message() {
    await expectError(unary(echo, 'Unary', { payload: Buffer.alloc(MAX_RECEIVE + 1, 1) }), grpc.status.RESOURCE_EXHAUSTED);
  },

  async gzip() {
    const gzipEcho = new interop.Echo(target, credentials, { 'grpc.default_compression_algorithm': 2 }); // 2 = gzip
    const text = '政府信息公开'.repeat(500);
    const reply = await unary(gzipEcho, 'Unary', { message: text });
    expect(reply.message === text, 'gzip echo differs');
    gzipEcho.close();
  },

  async health_check() {
    const response = await unary(health, 'Check', { service: '' });
    expect(response.status === 'SERVING', `health ${response.status}`);
    await expectError(unary(health, 'Check', { service: 'no.such.Service' }), grpc.status.NOT_FOUND);
  },

  async reflection_list_services() {
    const call = reflection.ServerReflectionInfo({ deadline: deadline(10000) });
    const responses = collect(call);
    call.write({ list_services: '' });
    call.write({ file_containing_symbol: 'no.such.Symbol' });
    call.end();
    const [list, missing] = await responses;
    const names = list.list_services_response.service.map((s) => s.name).sort().join(',');
    expect(names === 'grpc.health.v1.Health,grpc.reflection.v1.ServerReflection,grpc.reflection.v1alpha.ServerReflection,interop.v1.Echo',
      `services ${names}`);
    expect(missing.error_response && missing.error_response.error_code === grpc.status.NOT_FOUND,
      `unknown symbol answered ${JSON.stringify(missing)}`);
  },
};

(async () => {
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
  const version = require('@grpc/grpc-js/package.json').version;
  console.log(`node @grpc/grpc-js ${version}: ${Object.keys(cases).length - failures} passed, ${failures} failed`);
  echo.close();
  health.close();
  reflection.close();
  process.exit(failures ? 1 : 0);
})();
