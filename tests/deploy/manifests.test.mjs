// deploy/kubernetes/ against the Kubernetes OpenAPI schema (kubernetes-models) and against what
// the server and docs/ promise: probes, shutdown, memory ceiling, templates, keys, shards.
// Run: cd tests/deploy && npm ci && node --test
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import { Service, ConfigMap, Secret } from "kubernetes-models/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Job } from "kubernetes-models/batch/v1";
import { unknownFields } from "./unknown-fields.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const deployDir = join(root, "deploy", "kubernetes");
const models = {
  "apps/v1/Deployment": Deployment,
  "v1/Service": Service,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "batch/v1/Job": Job,
};

const manifestFiles = readdirSync(deployDir).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml").sort();

function documents(file) {
  const docs = parseAllDocuments(readFileSync(join(deployDir, file), "utf8"));
  for (const doc of docs) if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
  return docs.map((d) => d.toJS()).filter((o) => o !== null);
}

const all = manifestFiles.flatMap((file) => documents(file).map((object) => ({ file, object })));
const find = (kind, name) => {
  const found = all.find(({ object }) => object.kind === kind && object.metadata.name === name);
  assert.ok(found, `no ${kind} ${name} in deploy/kubernetes`);
  return structuredClone(found.object);
};

/** Throws with the schema's messages when the object does not validate, or names a field the schema does not define. */
function validate(object) {
  const Model = models[`${object.apiVersion}/${object.kind}`];
  if (!Model) throw new Error(`${object.apiVersion} ${object.kind} has no schema here`);
  new Model(object).validate();
  const unknown = unknownFields(object, `kubernetes-models/${object.apiVersion}/${object.kind}`); // core "v1" included
  if (unknown.length) throw new Error(`fields the schema does not define: ${unknown.join(", ")}`);
}

const bytes = (quantity) => {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/.exec(String(quantity));
  assert.ok(m, `not a memory quantity: ${quantity}`);
  return Number(m[1]) * ({ Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, k: 1e3, M: 1e6, G: 1e9 }[m[2]] ?? 1);
};
const env = (container, name) => container.env?.find((e) => e.name === name)?.value;
const matches = (selector, labels) => Object.entries(selector).every(([k, v]) => labels[k] === v);

// ---- The checks beyond the schema: each returns the problems it finds, so a test can break a copy and see it caught.

function deploymentProblems(d) {
  const problems = [];
  const pod = d.spec.template.spec;
  const c = pod.containers[0];
  if (pod.securityContext?.runAsNonRoot !== true) problems.push("pod does not require a non-root user");
  if (c.securityContext?.readOnlyRootFilesystem !== true) problems.push("root file system is writable");
  if (c.securityContext?.allowPrivilegeEscalation !== false) problems.push("privilege escalation allowed");
  const grpcPort = c.ports.find((p) => p.name === "grpc")?.containerPort;
  for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"])
    if (c[probe]?.grpc?.port !== grpcPort) problems.push(`${probe} is not a grpc.health.v1 probe on the gRPC port`);
  const shutdown = Number(env(c, "DOCGEN_Server__ShutdownTimeoutSeconds") ?? 30);
  const preStop = c.lifecycle?.preStop?.sleep?.seconds ?? 0;
  if (!(pod.terminationGracePeriodSeconds > shutdown + preStop))
    problems.push(`terminationGracePeriodSeconds ${pod.terminationGracePeriodSeconds} ≤ preStop ${preStop} s + ShutdownTimeoutSeconds ${shutdown} s`);
  const { requests = {}, limits = {} } = c.resources ?? {};
  if (!(bytes(limits.memory) >= documentedCeilingBytes())) problems.push(`memory limit ${limits.memory} is under the documented ceiling`);
  if (requests.memory !== limits.memory) problems.push("memory request ≠ limit (the ceiling is what a replica needs)");
  if (!requests.cpu) problems.push("no CPU request (the HPA's utilisation needs one)");
  const templatesRoot = env(c, "DOCGEN_Templates__Root");
  const mount = c.volumeMounts?.find((m) => m.mountPath === templatesRoot);
  const volume = pod.volumes?.find((v) => v.name === mount?.name);
  if (!volume?.configMap) problems.push(`Templates:Root ${templatesRoot} is not a ConfigMap volume`);
  else {
    const expected = execFileSync("bash", [join(deployDir, "templates-configmap.sh"), "--items"], { encoding: "utf8" });
    const actual = volume.configMap.items.map((i) => `- key: ${i.key}\n  path: ${i.path}\n`).join("");
    if (actual !== expected) problems.push("the templates volume's items differ from templates-configmap.sh --items (re-generate them)");
  }
  if (!c.envFrom?.some((e) => e.secretRef?.name === "docgen-keys" && e.prefix === "DOCGEN_")) problems.push("caller keys are not taken from the Secret docgen-keys");
  if (!matches(d.spec.selector.matchLabels, d.spec.template.metadata.labels)) problems.push("selector does not match the pod labels");
  return problems;
}

/**
 * docs/performance.md's tables: every "server peak RSS … | **303 MiB** | ≤ 400 MB" row, a measured
 * figure in bold beside its target (a figure may be a range, **316–327 MiB**: its top counts); the
 * ceiling is the largest figure or target among them.
 */
function documentedCeilingBytes() {
  const figures = readFileSync(join(root, "docs", "performance.md"), "utf8").split("\n")
    .filter((l) => l.startsWith("| server peak RSS"))
    .map((row) => /\*\*(?:\d+–)?(\d+) MiB\*\*.*≤ (\d+) MB/.exec(row))
    .filter((m) => m !== null);
  assert.ok(figures.length > 0, "docs/performance.md has no server peak RSS row with a figure in bold and its target");
  return Math.max(...figures.map(([, peak, target]) => Math.max(Number(peak) * 2 ** 20, Number(target) * 1e6)));
}

function jobProblems(job) {
  const problems = [];
  const args = job.spec.template.spec.containers[0].args;
  const shard = args[args.indexOf("--shard") + 1];
  const server = args[args.indexOf("--server") + 1];
  if (job.spec.completionMode !== "Indexed") problems.push("not an Indexed Job");
  if (shard !== `$(JOB_COMPLETION_INDEX)/${job.spec.completions}`) problems.push(`--shard ${shard} is not $(JOB_COMPLETION_INDEX)/completions (${job.spec.completions})`);
  if (job.spec.parallelism !== job.spec.completions) problems.push("parallelism ≠ completions");
  const headless = find("Service", "docgen-headless");
  if (server !== `dns:///${headless.metadata.name}:${headless.spec.ports[0].port}`) problems.push(`--server ${server} is not the headless Service`);
  if (job.spec.template.spec.containers[0].securityContext?.readOnlyRootFilesystem !== true) problems.push("root file system is writable");
  return problems;
}

// ---- Tests.

test("every manifest validates against the Kubernetes schema", () => {
  assert.ok(all.length >= 6, `only ${all.length} objects found`);
  for (const { file, object } of all) assert.doesNotThrow(() => validate(object), `${file}: ${object.kind} ${object.metadata?.name}`);
});

test("a manifest the schema rejects fails validation (the check can fail)", () => {
  const noSelector = find("Deployment", "docgen");
  delete noSelector.spec.selector;
  assert.throws(() => validate(noSelector), /selector/);
  const namedProbePort = find("Deployment", "docgen");
  namedProbePort.spec.template.spec.containers[0].readinessProbe.grpc.port = "grpc"; // gRPC probes take a number only
  assert.throws(() => validate(namedProbePort), /readinessProbe\/grpc\/port must be integer/);
  const badQuantity = find("Deployment", "docgen");
  badQuantity.spec.template.spec.containers[0].resources.limits.memory = "half a gig";
  assert.throws(() => validate(badQuantity), /memory/);
  const badHpa = find("HorizontalPodAutoscaler", "docgen");
  badHpa.spec.maxReplicas = "ten";
  assert.throws(() => validate(badHpa), /maxReplicas/);
});

test("a misspelt field is refused, as kubectl apply --validate=strict refuses it", () => {
  const misspelt = find("Deployment", "docgen");
  misspelt.spec.template.spec.containers[0].readinesProbe = misspelt.spec.template.spec.containers[0].readinessProbe;
  misspelt.spec.template.spec.volumes.find((v) => v.configMap).configMap.items[0].paht = "x";
  assert.throws(() => validate(misspelt), /containers\[0\]\.readinesProbe, .*items\[0\]\.paht/);
  const job = find("Job", "docgen-archive");
  job.spec.completionsMode = "Indexed";
  assert.throws(() => validate(job), /Job\.spec\.completionsMode/);
});

test("kustomization.yaml lists every resource but the per-archive Job", () => {
  const { resources } = parseAllDocuments(readFileSync(join(deployDir, "kustomization.yaml"), "utf8"))[0].toJS();
  assert.deepEqual([...resources].sort(), manifestFiles.filter((f) => f !== "archive-job.yaml"));
});

test("the Deployment: non-root, read-only root, gRPC probes, grace > shutdown, documented memory, templates and keys", () => {
  assert.deepEqual(deploymentProblems(find("Deployment", "docgen")), []);
});

test("the Deployment checks catch a short grace period, an HTTP probe, a small memory limit and stale template items", () => {
  const d = find("Deployment", "docgen");
  const c = d.spec.template.spec.containers[0];
  d.spec.template.spec.terminationGracePeriodSeconds = 30;
  c.livenessProbe = { httpGet: { path: "/healthz", port: 8080 } };
  c.resources.limits.memory = "256Mi";
  c.securityContext.readOnlyRootFilesystem = false;
  d.spec.template.spec.volumes.find((v) => v.configMap).configMap.items.pop();
  const problems = deploymentProblems(d).join("\n");
  assert.match(problems, /terminationGracePeriodSeconds 30 ≤ preStop 5 s \+ ShutdownTimeoutSeconds 30 s/);
  assert.match(problems, /livenessProbe is not a grpc\.health\.v1 probe/);
  assert.match(problems, /memory limit 256Mi is under the documented ceiling/);
  assert.match(problems, /root file system is writable/);
  assert.match(problems, /items differ from templates-configmap\.sh/);
});

test("every templates volume item is a file of templates/", () => {
  const volume = find("Deployment", "docgen").spec.template.spec.volumes.find((v) => v.configMap);
  for (const { key, path } of volume.configMap.items) {
    assert.ok(existsSync(join(root, "templates", path)), `${path} is not in templates/`);
    assert.equal(key, path.replaceAll("/", "__"));
  }
});

test("both Services select the Deployment's pods on its gRPC port; the headless one has no cluster IP", () => {
  const pods = find("Deployment", "docgen").spec.template.metadata.labels;
  const headless = find("Service", "docgen-headless");
  const clusterIp = find("Service", "docgen");
  assert.equal(headless.spec.clusterIP, "None");
  for (const s of [headless, clusterIp]) {
    assert.ok(matches(s.spec.selector, pods), `${s.metadata.name} selects no DocGen pod`);
    assert.equal(s.spec.ports[0].targetPort, "grpc");
    assert.equal(s.spec.ports[0].appProtocol, "kubernetes.io/h2c");
  }
});

test("the HPA scales the Deployment on CPU, and the PDB never blocks every replica", () => {
  const hpa = find("HorizontalPodAutoscaler", "docgen");
  const pdb = find("PodDisruptionBudget", "docgen");
  const pods = find("Deployment", "docgen").spec.template.metadata.labels;
  assert.deepEqual(hpa.spec.scaleTargetRef, { apiVersion: "apps/v1", kind: "Deployment", name: "docgen" });
  assert.equal(hpa.spec.metrics[0].resource.name, "cpu");
  assert.ok(hpa.spec.minReplicas >= 2, "one replica cannot survive a disruption");
  assert.ok(matches(pdb.spec.selector.matchLabels, pods));
  assert.ok(pdb.spec.maxUnavailable >= 1 && pdb.spec.maxUnavailable < hpa.spec.minReplicas);
});

test("the archive Job: Indexed, --shard $(JOB_COMPLETION_INDEX)/N with N = completions, over the headless Service", () => {
  assert.deepEqual(jobProblems(find("Job", "docgen-archive")), []);
  const wrong = find("Job", "docgen-archive");
  wrong.spec.completions = 8;
  assert.match(jobProblems(wrong).join("\n"), /--shard \$\(JOB_COMPLETION_INDEX\)\/4 is not \$\(JOB_COMPLETION_INDEX\)\/completions \(8\)/);
});
