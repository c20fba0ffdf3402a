// The container image, built from ./Dockerfile by script/build-image (podman, bases made here) and
// run with buildah in a network namespace of its own, as the image says: its ENTRYPOINT as its
// USER on 0.0.0.0 with an API key, its HEALTHCHECK command, a Render read back with pdftotext and
// pdffonts, the admin page off unless asked for. Everything it made is removed afterwards.
// Needs root, podman, buildah, debootstrap and iproute2 (script/bootstrap installs them); takes
// minutes. Run: cd tests/deploy && node --test image.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixture = join(root, "..", "shared", "fixtures", "panjin-commerce-2022.json");
const id = `${process.pid}`;
// DOCGEN_TEST_IMAGE: test an image built before (by script/build-image) instead; it is kept.
const given = process.env.DOCGEN_TEST_IMAGE;
const image = given || `localhost/docgen-test:${id}`;
const netns = `docgen-test-${id}`;
const env = { ...process.env, BUILDAH_ISOLATION: "chroot" };
const run = (file, args, options = {}) => execFileSync(file, args, { encoding: "utf8", env, maxBuffer: 64 << 20, ...options });
const inNetns = (file, args, options) => run("ip", ["netns", "exec", netns, file, ...args], options);

let work;
let container;
let config;
let healthcheck;
const servers = [];

/** One server process from the image's ENTRYPOINT, in the namespace; resolves once it is listening. */
function startServer(settings) {
  const envArgs = Object.entries(settings).flatMap(([k, v]) => ["--env", `${k}=${v}`]);
  const child = spawn("ip", ["netns", "exec", netns, "buildah", "run", ...envArgs, container, "--", ...config.Entrypoint], { env });
  const server = { child, log: "", exited: false };
  servers.push(server);
  child.stdout.on("data", (d) => (server.log += d));
  child.stderr.on("data", (d) => (server.log += d));
  child.on("exit", () => (server.exited = true));
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const poll = setInterval(() => {
      if (/Now listening on: http:\/\/0\.0\.0\.0:50052/.test(server.log)) { clearInterval(poll); resolve(server); }
      else if (server.exited || Date.now() > deadline) { clearInterval(poll); reject(new Error(`server did not start:\n${server.log}`)); }
    }, 250);
  });
}

/** The server's own process (DocGen.Server under buildah run's process tree), from /proc. */
function serverProcess(server) {
  const parents = new Map();
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const [, comm, rest] = /^\d+ \((.*)\) (.*)$/s.exec(stat);
      parents.set(Number(pid), { comm, ppid: Number(rest.split(" ")[1]) });
    } catch { /* ended meanwhile */ }
  }
  const descends = (pid) => { for (let p = pid; p > 1; p = parents.get(p)?.ppid ?? 0) if (p === server.child.pid) return true; return false; };
  const found = [...parents].filter(([pid, p]) => p.comm === "DocGen.Server" && descends(pid)).map(([pid]) => pid);
  assert.equal(found.length, 1, `one DocGen.Server process under buildah run, found ${found.length}`);
  return found[0];
}

async function stopServer(server) {
  if (server.exited) return;
  try { process.kill(serverProcess(server), "SIGTERM"); } catch { server.child.kill("SIGTERM"); }
  for (let i = 0; i < 200 && !server.exited; i++) await new Promise((r) => setTimeout(r, 100));
  if (!server.exited) server.child.kill("SIGKILL");
}

/** GET from inside the namespace (node's fetch); the HTTP status, or the connection error's code. */
function get(url) {
  const script = `fetch(${JSON.stringify(url)}).then(async r => console.log(r.status + " " + (await r.text()).slice(0, 200).replace(/\\s+/g, " ")), e => console.log("refused " + (e.cause?.code ?? e.message)))`;
  return inNetns(process.execPath, ["-e", script]).trim();
}

before(async () => {
  if (process.getuid() !== 0) throw new Error("the image test needs root (podman and buildah with chroot isolation, ip netns); CI runs as root");
  work = mkdtempSync(join(tmpdir(), "docgen-image-test-"));
  if (!given) {
    const started = Date.now();
    run(join(root, "script", "build-image"), [image], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
    console.log(`image built in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const inspected = JSON.parse(run("podman", ["image", "inspect", image]))[0];
  config = inspected.Config;
  healthcheck = inspected.Healthcheck; // podman keeps the docker format's HEALTHCHECK beside Config
  container = run("buildah", ["from", "--pull-never", "--name", `docgen-test-${id}`, image]).trim();
  run("ip", ["netns", "add", netns]);
  inNetns("ip", ["link", "set", "lo", "up"]);
}, { timeout: 60 * 60_000 });

after(async () => {
  for (const server of servers) await stopServer(server);
  if (container) run("buildah", ["rm", container], { stdio: "ignore" });
  try { run("ip", ["netns", "delete", netns], { stdio: "ignore" }); } catch { /* not made */ }
  if (!given) try { run("podman", ["rmi", image], { stdio: "ignore" }); } catch { /* not built */ }
  if (work) rmSync(work, { recursive: true, force: true });
});

test("the image runs as a non-root user, with a health check and the admin page off", () => {
  assert.equal(config.User, "app");
  assert.deepEqual(config.Entrypoint, ["/app/DocGen.Server"]);
  assert.deepEqual(healthcheck?.Test, ["CMD", "/app/docgen", "health", "--server", "http://127.0.0.1:50051"]);
  assert.ok(!config.Env.some((e) => /^DOCGEN_Admin__Enabled=true$/i.test(e)), config.Env.join("\n"));
  assert.equal(run("buildah", ["run", container, "--", "id", "-u"]).trim(), "1654");
});

test("the server in the image serves health, renders a PDF in the 公文 faces, as uid 1654, admin page refused", async () => {
  const [, key, sha256] = /key:\s+(\S+)\s+sha256:\s+(\S+)/.exec(run("buildah", ["run", container, "--", "/app/docgen", "key"]));
  const server = await startServer({
    DOCGEN_Auth__Keys__0__Name: "test",
    DOCGEN_Auth__Keys__0__Sha256: sha256,
    DOCGEN_Auth__Keys__0__Sites__0: "*",
  });
  try {

  // The process itself, not only the image's setting.
  const status = readFileSync(`/proc/${serverProcess(server)}/status`, "utf8");
  const uids = /^Uid:\s+(\d+)\s+(\d+)/m.exec(status);
  assert.notEqual(uids[1], "0");
  assert.equal(uids[2], "1654");

  // The image's own HEALTHCHECK command, as the engine would run it.
  const health = inNetns("buildah", ["run", container, "--", ...healthcheck.Test.slice(1)]);
  assert.match(health, /: Serving$/m);
  // The converted faces (only in /opt/docgen/fonts) serve their roles.
  assert.match(server.log, /PDF fonts: .*title: Noto Serif CJK SC Bold \(NotoSerifCJKsc-Bold\.ttf#0\)/, server.log);
  assert.match(server.log, /heading: FandolHei Regular \(FandolHei-Regular\.ttf#0\).*body: FandolFang R Regular \(FandolFang-Regular\.ttf#0\)/);

  const out = join(work, "out");
  run("mkdir", ["-p", out]);
  chmodSync(out, 0o777);
  try {
    inNetns("buildah", ["run", "--env", `DOCGEN_KEY=${key}`, "--volume", `${fixture}:/in/report.json:ro`, "--volume", `${out}:/out`,
      container, "--", "/app/docgen", "render", "/in/report.json", "--formats", "pdf", "-o", "/out", "--server", "http://127.0.0.1:50051"]);
  } catch (e) {
    throw new Error(`docgen render failed: ${e.stderr}\nserver log:\n${server.log}`);
  }
  const pdfs = readdirSync(out).filter((f) => f.endsWith(".pdf"));
  assert.equal(pdfs.length, 1, readdirSync(out).join(", "));
  const pdf = join(out, pdfs[0]);
  const text = run("pdftotext", ["-layout", pdf, "-"]).replace(/\s+/g, "");
  assert.match(text, /政府信息公开工作年度报告/);
  assert.match(text, /盘锦/);
  const fonts = run("pdffonts", [pdf]);
  for (const face of ["Noto Serif CJK SC", "FandolHei", "FandolKai", "FandolFang"]) {
    assert.match(fonts, new RegExp(`\\+${face.replace(/ /g, "[ #20]*")}`), `${face} embedded:\n${fonts}`);
  }
  assert.ok(fonts.split("\n").slice(2).filter((l) => l.trim()).every((l) => /\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(l)), `every font embedded and subset:\n${fonts}`);

  const admin = get("http://127.0.0.1:50052/admin/");
  assert.match(admin, /^404\b/, admin);
  } finally {
    await stopServer(server);
  }
});

test("the admin page in the image is served when enabled (so the refusal above is the setting's)", async () => {
  const server = await startServer({ DOCGEN_Auth__AllowUnauthenticated: "true", DOCGEN_Admin__Enabled: "true" });
  try {
    const admin = get("http://127.0.0.1:50052/admin/");
    assert.match(admin, /^200 .*<html/i, admin);
  } finally {
    await stopServer(server);
  }
});
