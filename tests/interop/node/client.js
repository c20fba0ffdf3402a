#!/usr/bin/env node
// DocGen's report API called by @grpc/grpc-js, a client nobody on this project wrote.
//
// Usage: node client.js --target HOST:PORT [--repo REPO_ROOT] [--key KEY] [--site-key KEY]
//
// --key (or DOCGEN_KEY) is sent as `authorization: Bearer KEY` on every call; --site-key, a key for
// site 2111000031 only, is used by the PERMISSION_DENIED case.
//
// Loads docgen.v1 from protos/, grpc.health.v1 and grpc.reflection.v1 from tests/interop/protos/,
// and google.rpc.Status / BadRequest from google-proto-files. Every case asserts the exact status
// and payload. Exits 0 when every case passes, 1 otherwise.
'use strict';

const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const { options, OTHER_SITE, expect, runCases } = require('./common.cjs');

const { repo, fixtures, googleProtos } = options;
const target = options.argument('target');

const SERVICES = 'docgen.v1.ReportService,docgen.v1.SiteService,grpc.health.v1.Health,grpc.reflection.v1.ServerReflection,grpc.reflection.v1alpha.ServerReflection';
const BROKEN_ERRORS = [
  'APPLICANT_ROW_TOTAL applications.new_received.total',
  'NEGATIVE_COUNT applications.carried_forward.other_org',
  'RESULTS_TOTAL applications.results_total.natural_person',
  'REVIEW_LITIGATION_TOTAL review_litigation.litigation_direct.total',
];

// Field names as protobuf JSON spells them (lowerCamelCase), so the fixtures load as they are.
const loadOptions = { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true };
const docgen = grpc.loadPackageDefinition(protoLoader.loadSync('docgen/v1/docgen.proto', {
  ...loadOptions, includeDirs: [path.join(repo, 'protos')],
})).docgen.v1;
const standard = grpc.loadPackageDefinition(protoLoader.loadSync(
  ['grpc/health/v1/health.proto', 'grpc/reflection/v1/reflection.proto'],
  { ...loadOptions, includeDirs: [path.join(repo, 'tests', 'interop', 'protos')] })).grpc;
const rich = new protobuf.Root();
rich.resolvePath = (_, file) => path.join(googleProtos, file);
rich.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto']);
const RpcStatus = rich.lookupType('google.rpc.Status');
const BadRequest = rich.lookupType('google.rpc.BadRequest');

// h2c has no channel credentials to carry a call credential, so an interceptor adds the key.
function bearer(key) {
  return (callOptions, nextCall) => new grpc.InterceptingCall(nextCall(callOptions), {
    start(metadata, listener, next) {
      metadata.set('authorization', `Bearer ${key}`);
      next(metadata, listener);
    },
  });
}

const credentials = grpc.credentials.createInsecure();
function channelOptions(key = options.key, more = {}) {
  return { 'grpc.max_receive_message_length': 64 * 1024 * 1024, interceptors: key ? [bearer(key)] : [], ...more };
}
const reports = new docgen.ReportService(target, credentials, channelOptions());
const sites = new docgen.SiteService(target, credentials, channelOptions());
const health = new standard.health.v1.Health(target, credentials);
const reflection = new standard.reflection.v1.ServerReflection(target, credentials, channelOptions());

function deadline(ms) {
  return new Date(Date.now() + ms);
}

function fixture(name) {
  return JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8'));
}

function longRequest(requestId, paragraphs) {
  const request = fixture('synthetic-busy-2023.json');
  request.requestId = requestId;
  request.formats = ['PDF'];
  const lines = [];
  for (let i = 1; i <= paragraphs; i++) lines.push(`（${i}）本机关坚持以公开为常态、不公开为例外，围绕群众关切推进政府信息公开，第${i}项工作按计划完成。`);
  request.report.overview = { text: lines.join('\n') };
  return request;
}

function unary(client, method, request, options = {}) {
  return new Promise((resolve, reject) => {
    client[method](request, new grpc.Metadata(), { deadline: deadline(60000), ...options },
      (error, response) => (error ? reject(error) : resolve(response)));
  });
}

async function expectError(promise, code) {
  try {
    await promise;
  } catch (error) {
    expect(error.code === code, `status ${error.code} (${JSON.stringify(error.details)}), expected ${code}`);
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

const isPdf = (bytes) => Buffer.from(bytes).subarray(0, 5).toString('latin1') === '%PDF-';

const cases = {
  async render() {
    const request = fixture('panjin-commerce-2022.json');
    const response = await unary(reports, 'Render', request);
    expect(response.requestId === request.requestId, `request_id ${response.requestId}`);
    expect(response.edition === 'EDITION_2021', `edition ${response.edition}`);
    expect(response.html.includes('盘锦市商务局'), 'agency missing from the page');
    expect(isPdf(response.pdf), 'not a PDF');
    expect(response.pageCount >= 1, `page_count ${response.pageCount}`);
    expect(/^[0-9a-f]{64}$/.test(response.contentSha256), `content_sha256 ${response.contentSha256}`);
  },

  async render_batch() {
    const requests = ['panjin-commerce-2022.json', 'minhou-commerce-2020.json', 'zhangdian-commerce-2017.json'].map(fixture);
    const unknown = fixture('panjin-commerce-2022.json');
    unknown.requestId = 'unknown-site';
    unknown.siteCode = '0000000000';
    requests.push(unknown);
    const call = reports.RenderBatch({ deadline: deadline(120000) });
    const results = collect(call);
    for (const request of requests) call.write(request);
    call.end();
    const byId = Object.fromEntries((await results).map((r) => [r.requestId, r]));
    expect(Object.keys(byId).sort().join(',') === requests.map((r) => r.requestId).sort().join(','), `results ${Object.keys(byId)}`);
    for (const request of requests.slice(0, 3)) {
      const result = byId[request.requestId];
      expect(result.outcome === 'response' && isPdf(result.response.pdf), `${request.requestId}: ${result.outcome}`);
    }
    expect(byId['unknown-site'].error.code === grpc.status.NOT_FOUND, `unknown-site: ${JSON.stringify(byId['unknown-site'].error)}`);
  },

  async validate() {
    const response = await unary(reports, 'Validate', { report: fixture('synthetic-broken-2023.json').report });
    const errors = response.findings.filter((f) => f.severity === 'ERROR').map((f) => `${f.code} ${f.path}`).sort();
    expect(errors.join('|') === BROKEN_ERRORS.join('|'), `errors ${errors}`);
    expect(response.edition === 'EDITION_2021', `edition ${response.edition}`);
  },

  async list_sites() {
    const response = await unary(sites, 'ListSites', {});
    const panjin = response.sites.find((s) => s.siteCode === '2111000031');
    expect(panjin && panjin.icpRecord === '辽ICP备11007870号-1', `panjin ${JSON.stringify(panjin)}`);
  },

  async invalid_argument_with_bad_request() {
    const request = fixture('synthetic-broken-2023.json');
    request.strict = true;
    const error = await expectError(unary(reports, 'Render', request), grpc.status.INVALID_ARGUMENT);
    const [details] = error.metadata.get('grpc-status-details-bin');
    expect(Buffer.isBuffer(details), 'no grpc-status-details-bin trailer');
    const status = RpcStatus.decode(details);
    expect(status.code === grpc.status.INVALID_ARGUMENT, `rich status code ${status.code}`);
    const typeUrl = status.details[0].type_url ?? status.details[0].typeUrl; // protobufjs's own Any keeps proto names
    expect(typeUrl === 'type.googleapis.com/google.rpc.BadRequest', `detail ${typeUrl}`);
    const violations = BadRequest.decode(status.details[0].value).fieldViolations;
    const fields = violations.map((v) => v.field).sort();
    expect(fields.join('|') === BROKEN_ERRORS.map((e) => `report.${e.split(' ')[1]}`).sort().join('|'), `fields ${fields}`);
    expect(violations.some((v) => v.description.startsWith('APPLICANT_ROW_TOTAL: 表三')), 'descriptions');
  },

  async deadline() {
    await expectError(unary(reports, 'Render', longRequest('slow', 3000), { deadline: deadline(200) }), grpc.status.DEADLINE_EXCEEDED);
  },

  async cancel_mid_batch() {
    const call = reports.RenderBatch({ deadline: deadline(120000) });
    const outcome = new Promise((resolve) => {
      call.once('data', (first) => {
        expect(first.requestId.startsWith('long-'), `first result ${first.requestId}`);
        call.cancel();
      });
      call.on('error', resolve);
      call.on('end', () => resolve(null));
    });
    for (let i = 0; i < 20; i++) call.write(longRequest(`long-${i}`, 400));
    const error = await outcome;
    expect(error && error.code === grpc.status.CANCELLED, `outcome ${error && error.code}`);
    const after = await unary(reports, 'Validate', { report: fixture('synthetic-busy-2023.json').report });
    expect(after.edition === 'EDITION_2021', 'the server serves on after the cancel');
  },

  async gzip() {
    const gzipReports = new docgen.ReportService(target, credentials, channelOptions(options.key, { 'grpc.default_compression_algorithm': 2 })); // 2 = gzip
    const response = await unary(gzipReports, 'Render', fixture('panjin-commerce-2022.json'));
    expect(isPdf(response.pdf) && response.html.includes('盘锦市商务局'), 'gzip render differs');
    gzipReports.close();
  },

  async reflection() {
    const call = reflection.ServerReflectionInfo({ deadline: deadline(10000) });
    const responses = collect(call);
    call.write({ listServices: '' });
    call.write({ fileContainingSymbol: 'docgen.v1.ReportService' });
    call.write({ fileContainingSymbol: 'docgen.v1.NoSuchMessage' });
    call.end();
    const [list, file, missing] = await responses;
    const names = list.listServicesResponse.service.map((s) => s.name).sort().join(',');
    expect(names === SERVICES, `services ${names}`);
    const FileDescriptorProto = protobuf.Root.fromJSON(require('protobufjs/google/protobuf/descriptor.json')).lookupType('google.protobuf.FileDescriptorProto');
    const contract = file.fileDescriptorResponse.fileDescriptorProto.map((b) => FileDescriptorProto.decode(b)).find((f) => f.name === 'docgen/v1/docgen.proto');
    const service = contract.service.find((s) => s.name === 'ReportService');
    expect(service.method.map((m) => m.name).sort().join(',') === 'GetLayout,ImportReport,Render,RenderBatch,Validate', 'ReportService methods');
    expect(missing.errorResponse && missing.errorResponse.errorCode === grpc.status.NOT_FOUND, `unknown symbol answered ${JSON.stringify(missing)}`);
  },

  async health() {
    for (const service of ['', 'docgen.v1.ReportService', 'docgen.v1.SiteService']) {
      const response = await unary(health, 'Check', { service });
      expect(response.status === 'SERVING', `health '${service}': ${response.status}`);
    }
    await expectError(unary(health, 'Check', { service: 'no.such.Service' }), grpc.status.NOT_FOUND);
  },

  async unauthenticated() {
    const keyless = new docgen.ReportService(target, credentials, channelOptions(''));
    const error = await expectError(unary(keyless, 'Render', fixture('panjin-commerce-2022.json')), grpc.status.UNAUTHENTICATED);
    expect(error.details.startsWith('authorization:'), `message ${error.details}`);
    keyless.close();
  },

  async permission_denied() {
    const siteReports = new docgen.ReportService(target, credentials, channelOptions(options.siteKey));
    const request = fixture('panjin-commerce-2022.json');
    request.siteCode = OTHER_SITE;
    const error = await expectError(unary(siteReports, 'Render', request), grpc.status.PERMISSION_DENIED);
    expect(error.details.includes(`"${OTHER_SITE}"`), `message ${error.details}`);
    siteReports.close();
  },
};

const version = require('@grpc/grpc-js/package.json').version;
runCases(`node @grpc/grpc-js ${version}`, cases, () => [reports, sites, health, reflection].forEach((client) => client.close()));
