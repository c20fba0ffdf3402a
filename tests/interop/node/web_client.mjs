#!/usr/bin/env node
// DocGen's gRPC-Web address called as a browser admin tool calls it: @connectrpc/connect-web's
// gRPC-Web transport over fetch (HTTP/1.1), binary frames. Nobody on this project wrote it.
//
// Usage: node web_client.mjs --base-url http://HOST:WEB_PORT [--repo REPO_ROOT] [--key KEY] [--site-key KEY]
//
// --key (or DOCGEN_KEY) is sent as `authorization: Bearer KEY` on every call, as the admin page
// does; --site-key, a key for site 2111000031 only, is used by the PERMISSION_DENIED case.
//
// The schemas come from a descriptor set protoc writes at run time (docgen.v1 and google.rpc),
// read with @bufbuild/protobuf's registry. Exits 0 when every case passes, 1 otherwise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFileRegistry, fromBinary, fromJson } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { Code, ConnectError, createClient } from '@connectrpc/connect';
import { createGrpcWebTransport } from '@connectrpc/connect-web';
import common from './common.cjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const { options, OTHER_SITE, expect, runCases } = common;
const { repo, fixtures, googleProtos } = options;
const baseUrl = options.argument('base-url');

const descriptorSet = path.join(mkdtempSync(path.join(tmpdir(), 'docgen-web-')), 'docgen.pb');
execFileSync('protoc', [`-I${path.join(repo, 'protos')}`, `-I${googleProtos}`,
  '--include_imports', `--descriptor_set_out=${descriptorSet}`, 'docgen/v1/docgen.proto', 'google/rpc/error_details.proto']);
const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(descriptorSet)));
const RenderRequest = registry.getMessage('docgen.v1.RenderRequest');
const BadRequest = registry.getMessage('google.rpc.BadRequest');

function transportWith(key) {
  const bearer = (next) => (request) => {
    if (key) request.header.set('authorization', `Bearer ${key}`);
    return next(request);
  };
  return createGrpcWebTransport({ baseUrl, interceptors: [bearer] });
}

const transport = transportWith(options.key);
const reports = createClient(registry.getService('docgen.v1.ReportService'), transport);
const sites = createClient(registry.getService('docgen.v1.SiteService'), transport);

function fixture(name) {
  return fromJson(RenderRequest, JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')), { registry });
}

async function expectError(promise, code) {
  try {
    await promise;
  } catch (error) {
    const e = ConnectError.from(error);
    expect(e.code === code, `status ${Code[e.code]} (${e.rawMessage}), expected ${Code[code]}`);
    return e;
  }
  throw new Error(`call succeeded, expected ${Code[code]}`);
}

const cases = {
  async list_sites() {
    const response = await sites.listSites({});
    const panjin = response.sites.find((s) => s.siteCode === '2111000031');
    expect(panjin && panjin.icpRecord === '辽ICP备11007870号-1', `panjin ${panjin && panjin.icpRecord}`);
  },

  async get_site_not_found() {
    const error = await expectError(sites.getSite({ siteCode: '1234' }), Code.NotFound);
    expect(error.rawMessage.includes('"1234" names no configured site'), `message ${error.rawMessage}`);
  },

  async render_fragment() {
    const request = fixture('panjin-commerce-2022.json');
    request.formats = [2]; // HTML_FRAGMENT
    const response = await reports.render(request);
    expect(response.html.includes('盘锦市商务局') && response.html.includes('<table'), 'fragment');
    expect(response.pdf.length === 0, 'no PDF asked for');
  },

  async strict_render_bad_request() {
    const request = fixture('synthetic-broken-2023.json');
    request.strict = true;
    const error = await expectError(reports.render(request), Code.InvalidArgument);
    const [badRequest] = error.findDetails(BadRequest);
    expect(badRequest, 'no google.rpc.BadRequest in grpc-status-details-bin');
    const fields = badRequest.fieldViolations.map((v) => v.field).sort().join(',');
    expect(fields === 'report.applications.carried_forward.other_org,report.applications.new_received.total,'
      + 'report.applications.results_total.natural_person,report.review_litigation.litigation_direct.total', `fields ${fields}`);
  },

  async unauthenticated() {
    const keyless = createClient(registry.getService('docgen.v1.ReportService'), transportWith(''));
    const error = await expectError(keyless.render(fixture('panjin-commerce-2022.json')), Code.Unauthenticated);
    expect(error.rawMessage.startsWith('authorization:'), `message ${error.rawMessage}`);
  },

  async permission_denied() {
    const siteReports = createClient(registry.getService('docgen.v1.ReportService'), transportWith(options.siteKey));
    const request = fixture('panjin-commerce-2022.json');
    request.siteCode = OTHER_SITE;
    const error = await expectError(siteReports.render(request), Code.PermissionDenied);
    expect(error.rawMessage.includes(`"${OTHER_SITE}"`), `message ${error.rawMessage}`);
  },
};

const version = JSON.parse(readFileSync(path.join(here, 'node_modules', '@connectrpc', 'connect-web', 'package.json'), 'utf8')).version;
await runCases(`grpc-web @connectrpc/connect-web ${version}`, cases);
