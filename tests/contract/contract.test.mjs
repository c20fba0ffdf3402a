// The gRPC contract checked by buf, a tool nobody here wrote: protos/ must stay wire- and
// JSON-compatible with the published docgen.v1.proto (buf breaking, WIRE_JSON), and what DocGen
// adds must follow buf's STANDARD lint rules (the published names stay as they are).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const buf = join(here, "node_modules", ".bin", "buf");
const spec = process.env.DOCGEN_SPEC ?? resolve(root, "..", "shared", "spec", "docgen.v1.proto");
const breakingConfig = JSON.stringify({ version: "v2", breaking: { use: ["WIRE_JSON"] } });
const lintConfig = JSON.stringify({ version: "v2", lint: { use: ["STANDARD"] } });

/** Runs buf in `dir`; returns its exit status and output instead of throwing. */
function runBuf(dir, args) {
  try {
    return { status: 0, output: execFileSync(buf, args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
  } catch (e) {
    return { status: e.status ?? 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

/** A module folder holding one proto at docgen/v1/docgen.proto, from `text`. */
function module(text) {
  const dir = mkdtempSync(join(tmpdir(), "docgen-contract-"));
  mkdirSync(join(dir, "docgen", "v1"), { recursive: true });
  writeFileSync(join(dir, "docgen", "v1", "docgen.proto"), text);
  return dir;
}

const published = module(readFileSync(spec, "utf8"));
const ours = readFileSync(join(root, "protos", "docgen", "v1", "docgen.proto"), "utf8");

function breaking(dir) {
  return runBuf(dir, ["breaking", ".", "--against", published, "--config", breakingConfig, "--against-config", JSON.stringify({ version: "v2" })]);
}

/** Lint findings as messages without their positions: what a change of line numbers leaves the same. */
function lintMessages(dir) {
  const { output } = runBuf(dir, ["lint", ".", "--config", lintConfig]);
  return output.split("\n").filter((l) => l.includes(".proto:")).map((l) => l.replace(/^[^:]+:\d+:\d+:/, ""));
}

const baseline = readFileSync(join(here, "lint-baseline.txt"), "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
const publishedFindings = new Set(lintMessages(published));

/**
 * A value added to an enum of the published spec keeps that enum's published convention (OFD beside
 * PDF in OutputFormat), so the prefix rule does not apply to the spec's own enums.
 */
const publishedEnumPrefixes = new Set([...readFileSync(spec, "utf8").matchAll(/^\s*enum\s+(\w+)/gm)]
  .map(([, name]) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase() + "_"));

function inPublishedEnum(message) {
  const m = /^Enum value name "\w+" should be prefixed with "(\w+)"\.$/.exec(message);
  return m !== null && publishedEnumPrefixes.has(m[1]);
}

/** Findings about DocGen's additions: neither the published spec's own nor listed in the baseline. */
function newFindings(dir) {
  return lintMessages(dir).filter((m) => !publishedFindings.has(m) && !baseline.includes(m) && !inPublishedEnum(m));
}

test("protos/ is wire- and JSON-compatible with the published docgen.v1.proto", () => {
  const { status, output } = breaking(resolve(root, "protos"));
  assert.equal(status, 0, output);
});

test("renaming a published field breaks the contract (the check can fail)", () => {
  const dir = module(ours.replace("string request_id = 1;", "string request_key = 1;"));
  try {
    const { status, output } = breaking(dir);
    assert.notEqual(status, 0);
    assert.match(output, /request_id/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("DocGen's additions follow buf's STANDARD lint rules", () => {
  assert.deepEqual(newFindings(resolve(root, "protos")), []);
});

test("a new enum without prefixed values fails the lint (the check can fail)", () => {
  const dir = module(`${ours}\nenum Colour {\n  COLOUR_UNSPECIFIED = 0;\n  RED = 1;\n}\n`);
  try {
    assert.deepEqual(newFindings(dir), ['Enum value name "RED" should be prefixed with "COLOUR_".']);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("a value added to a published enum keeps the enum's convention", () => {
  const dir = module(ours.replace("  PDF = 3;", "  PDF = 3;\n  DOCX = 50;"));
  try {
    assert.match(readFileSync(join(dir, "docgen", "v1", "docgen.proto"), "utf8"), /DOCX = 50;/);
    assert.deepEqual(newFindings(dir), []);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("every baseline entry is still a finding (remove it once renamed)", () => {
  const current = new Set(lintMessages(resolve(root, "protos")));
  assert.deepEqual(baseline.filter((m) => !current.has(m)), []);
});
