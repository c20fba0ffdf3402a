// The admin preview page: pick a site and a year or load a RenderRequest JSON, fill in the grid,
// see Validate's findings as you type, preview the HTML and the PDF, export the JSON.
import { Edition, type Layout } from "./gen/docgen/v1/docgen_pb";
import { apiKey, setApiKey } from "./apiKey";
import { describeError, isKeyRefusal, reports, sites } from "./client";
import { Draft } from "./draft";
import { FindingsView, Tooltip } from "./findings";
import { ReportGrid, type FieldKind } from "./grid";
import { renderHtml, renderPdf } from "./preview";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const siteSelect = $<HTMLSelectElement>("site");
const yearInput = $<HTMLInputElement>("year");
const editPanel = $<HTMLElement>("panel-edit");
const notice = $<HTMLElement>("notice");
const keyInput = $<HTMLInputElement>("api-key");

let draft = Draft.empty("", new Date().getFullYear() - 1);
let layout: Layout | undefined;
const grid = new ReportGrid($("report"), changed => { for (const input of changed) commit(input); validateSoon(); });
const findings = new FindingsView($("findings"), $("finding-count"), grid, new Tooltip($("tip")), field => {
  selectTab("edit");
  field.scrollIntoView({ block: "center" });
  field.focus();
});

function say(message: string): void {
  notice.textContent = message;
  notice.hidden = message === "";
}

/** Says what went wrong; a refusal of the key also marks the key field, so the editor sees where to act. */
function sayError(e: unknown): void {
  say(describeError(e));
  keyInput.classList.toggle("needs-key", isKeyRefusal(e));
}

const patterns: Record<Exclude<FieldKind, "text">, [RegExp, string]> = {
  count: [/^\d{1,18}$/, "应为不小于 0 的整数"],
  signed: [/^-?\d{1,18}$/, "应为整数（可为负数）"],
  amount: [/^\d{1,15}(\.\d{1,4})?$/, "应为金额（万元），最多 4 位小数"],
};

/** Writes one field from its input into the draft; a figure that is not one is marked and left out. */
function commit(field: HTMLInputElement | HTMLTextAreaElement): void {
  const path = field.dataset.path!;
  const kind = field.dataset.kind as FieldKind;
  const text = kind === "text" ? field.value : field.value.trim();
  const cell = field.closest("td");
  if (kind === "text") {
    draft.set(path, text === "" ? undefined : text);
    return;
  }
  const [pattern, expected] = patterns[kind];
  const valid = text === "" || pattern.test(text);
  cell?.classList.toggle("invalid", !valid);
  if (cell) cell.title = valid ? "" : expected;
  draft.set(path, valid && text !== "" ? text : undefined);
}

let validateTimer = 0;
let validation = 0;

function validateSoon(): void {
  clearTimeout(validateTimer);
  validateTimer = window.setTimeout(validate, 300);
}

async function validate(): Promise<void> {
  const mine = ++validation;
  try {
    const response = await reports.validate({ report: draft.report() });
    if (mine !== validation) return;
    say("");
    keyInput.classList.remove("needs-key");
    $("edition").textContent = Edition[response.edition];
    findings.show(response);
    if (!$("panel-html").hidden) await previewHtml();
  } catch (e) {
    if (mine === validation) sayError(e);
  }
}

async function loadLayout(): Promise<void> {
  const report = draft.report();
  const next = await reports.getLayout({ edition: report.edition, year: report.year });
  const redraw = !layout || next.edition !== layout.edition || next.edition === Edition.LEGACY_2008;
  layout = next;
  $("edition").textContent = Edition[next.edition];
  if (redraw) grid.render(next, draft);
}

async function reload(): Promise<void> {
  try {
    layout = undefined;
    siteSelect.value = draft.siteCode;
    yearInput.value = draft.get("year") ?? "";
    for (const field of document.querySelectorAll<HTMLInputElement>(".fields [data-path]")) field.value = draft.get(field.dataset.path!) ?? "";
    await loadLayout();
    await validate();
  } catch (e) {
    sayError(e);
  }
}

async function previewHtml(): Promise<void> {
  try {
    await renderHtml(draft, $("html-preview"), $("html-facts"));
  } catch (e) {
    $("html-facts").textContent = describeError(e);
  }
}

function selectTab(name: "edit" | "html" | "pdf"): void {
  for (const tab of ["edit", "html", "pdf"]) {
    $(`tab-${tab}`).setAttribute("aria-selected", String(tab === name));
    $(`panel-${tab}`).hidden = tab !== name;
  }
  if (name === "html") void previewHtml();
}

async function load(file: File): Promise<void> {
  try {
    draft = Draft.parse(await file.text());
  } catch (e) {
    say(`${file.name} 不是 RenderRequest JSON：${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  await reload();
}

editPanel.addEventListener("input", e => {
  const field = e.target;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !field.dataset.path) return;
  commit(field);
  validateSoon();
});
editPanel.addEventListener("sections-changed", () => { if (layout) grid.render(layout, draft); });
yearInput.addEventListener("change", async () => {
  const year = Number(yearInput.value);
  draft.set("year", Number.isInteger(year) && yearInput.value !== "" ? year : undefined);
  try { await loadLayout(); await validate(); } catch (e) { sayError(e); }
});
siteSelect.addEventListener("change", () => { draft.siteCode = siteSelect.value; validateSoon(); });
for (const tab of ["edit", "html", "pdf"] as const) $(`tab-${tab}`).addEventListener("click", () => selectTab(tab));
$("render-pdf").addEventListener("click", async () => {
  try { await renderPdf(draft, $("pdf-preview"), $("pdf-download"), $("ofd-download"), $("pdf-facts")); } catch (e) { $("pdf-facts").textContent = describeError(e); }
});
$("load").addEventListener("change", e => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void load(file);
});
$("save").addEventListener("click", () => {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([draft.export()], { type: "application/json" }));
  link.download = `${draft.request().requestId || `report-${draft.get("year") ?? ""}`}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
});
const drop = $("drop");
document.addEventListener("dragover", e => { e.preventDefault(); drop.hidden = false; });
document.addEventListener("dragleave", e => { if (e.relatedTarget === null) drop.hidden = true; });
document.addEventListener("drop", e => {
  e.preventDefault();
  drop.hidden = true;
  const file = e.dataTransfer?.files[0];
  if (file) void load(file);
});

/** Lists the sites the key may use (all of them on a server without keys), then draws the draft. */
async function start(): Promise<void> {
  try {
    const { sites: list } = await sites.listSites({});
    siteSelect.replaceChildren(...list.map(s => new Option(`${s.name}（${s.siteCode}）`, s.siteCode)));
    if (!list.some(s => s.siteCode === draft.siteCode)) draft.siteCode = list[0]?.siteCode ?? "";
  } catch (e) {
    sayError(e);
    return;
  }
  await reload();
}

keyInput.value = apiKey();
keyInput.addEventListener("change", () => {
  setApiKey(keyInput.value);
  void start();
});

void start();
