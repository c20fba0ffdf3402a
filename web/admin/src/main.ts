// The admin preview page: pick a site and a year or load a RenderRequest JSON, fill in the grid,
// see Validate's findings (with the site) as you type, preview the HTML and the PDF, export the
// JSON. The draft is kept in this browser as it is typed and restored on the next visit.
import { Edition, type Layout } from "./gen/docgen/v1/docgen_pb";
import { apiKey, setApiKey } from "./apiKey";
import { reports, sites } from "./client";
import { Draft } from "./draft";
import { otherFormats } from "./downloads";
import { describeDraft, listDrafts, removeDraft, saveDraft, type StoredDraft } from "./drafts";
import { readFigure } from "./figures";
import { FindingsView, Tooltip, unreadable } from "./findings";
import { ReportGrid, type FieldKind } from "./grid";
import { HtmlPreview, PdfPreview } from "./preview";
import { problemOf, type Problem } from "./status";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const siteSelect = $<HTMLSelectElement>("site");
const yearInput = $<HTMLInputElement>("year");
const editPanel = $<HTMLElement>("panel-edit");
const keyInput = $<HTMLInputElement>("api-key");
const findingsPanel = $<HTMLElement>("findings-panel");
const findingsToggle = $<HTMLButtonElement>("findings-toggle");

let draft = Draft.empty("", new Date().getFullYear() - 1);
let layout: Layout | undefined;
/** Bumped by every edit; a preview shows the revision it was made from. */
let revision = 0;
/** The draft changed since it was exported or loaded from a file. */
let unsaved = false;
/** Where the draft is kept in this browser (its site and year when last saved). */
let storedKey = "";
/** Figures typed that are not figures, by field path: listed as findings on their cells. */
const unreadableFigures = new Map<string, string>();
const editionNames = new Map<Edition, string>();

const grid = new ReportGrid($("report"), changed => { for (const input of changed) commit(input); edited(); });
const findings = new FindingsView($("findings"), $("finding-count"), grid, new Tooltip($("tip"), $("main"), findingsPanel), field => {
  selectTab("edit");
  openFindings(false);
  field.scrollIntoView({ block: "center" });
  field.focus();
});
const htmlPreview = new HtmlPreview(
  { panel: $("panel-html"), status: $("html-status"), facts: $("html-facts"), digest: $("html-digest") }, $("html-preview"));
const pdfPreview = new PdfPreview(
  { panel: $("panel-pdf"), status: $("pdf-status"), facts: $("pdf-facts"), digest: $("pdf-digest") },
  $("pdf-preview"), $("pdf-download"), $("render-pdf"), otherFormats());

/** One message at the top of the page, in Chinese; the server's own words only under 详情. */
function say(message: string, detail = ""): void {
  $("notice-text").textContent = message;
  $("notice-detail").textContent = detail;
  $("notice-details").hidden = detail === "";
  $("notice").hidden = message === "";
}

/** Says what went wrong; a refusal of the key also marks the key field, so the editor sees where to act. */
function sayProblem(problem: Problem): void {
  say(problem.message, problem.detail);
  keyInput.classList.toggle("needs-key", problem.keyRefused);
}

const sayError = (e: unknown) => sayProblem(problemOf(e));

function editionName(edition: Edition): string {
  return editionNames.get(edition) ?? "";
}

/** Writes one field from its input into the draft; a figure that is not one is kept out and listed. */
function commit(field: HTMLInputElement | HTMLTextAreaElement): void {
  const path = field.dataset.path!;
  const kind = field.dataset.kind as FieldKind;
  if (kind === "text") {
    draft.set(path, field.value === "" ? undefined : field.value);
    return;
  }
  const reading = readFigure(field.value, kind);
  const cell = field.closest("td");
  const refused = "refused" in reading;
  cell?.classList.toggle("invalid", refused);
  field.setAttribute("aria-invalid", String(refused));
  if (refused) unreadableFigures.set(path, reading.refused); else unreadableFigures.delete(path);
  draft.set(path, refused ? undefined : reading.value);
}

/** The draft changed: previews out of date at once, kept in the browser and checked again after a pause. */
function edited(): void {
  revision++;
  unsaved = true;
  htmlPreview.edited(revision);
  pdfPreview.edited(revision);
  autosaveSoon();
  validateSoon();
}

let validateTimer = 0;
let validation = 0;

function validateSoon(): void {
  clearTimeout(validateTimer);
  validateTimer = window.setTimeout(validate, 300);
}

async function validate(): Promise<void> {
  const mine = ++validation;
  if (yearProblem() !== "") return;
  const local = [...unreadableFigures].map(([path, message]) => unreadable(path, message));
  if (draft.isBlank && local.length === 0) {
    findings.clear("填写后显示检查结果");
    $("edition").textContent = layout ? editionName(layout.edition) : "";
    return;
  }
  try {
    const response = await reports.validate({ report: draft.report(), siteCode: draft.siteCode });
    if (mine !== validation) return;
    say("");
    keyInput.classList.remove("needs-key");
    await learnEditionName(response.edition);
    $("edition").textContent = editionName(response.edition);
    findings.show(response, local);
    if (!$("panel-html").hidden) await previewHtml();
  } catch (e) {
    if (mine !== validation) return;
    sayError(e);
    findings.show(undefined, local);
  }
}

async function learnEditionName(edition: Edition): Promise<void> {
  if (edition === Edition.EDITION_UNSPECIFIED || editionNames.has(edition)) return;
  const named = await reports.getLayout({ edition });
  editionNames.set(named.edition, named.editionName);
}

/** "" when the year field holds a year the national format covers; else what is wrong, in Chinese. */
function yearProblem(): string {
  const [min, max] = [Number(yearInput.min), Number(yearInput.max)];
  const text = yearInput.value.trim();
  if (/^\d+$/.test(text) && Number(text) >= min && Number(text) <= max) return "";
  return text === "" ? `请填写年度（${min}—${max} 年）。` : `年度“${text}”无效：应为 ${min} 至 ${max} 之间的年份。`;
}

/** A year outside the bounds: said at the top, and the last year's edition and findings taken away. */
function refuseYear(problem: string): void {
  say(problem);
  yearInput.setAttribute("aria-invalid", "true");
  $("edition").textContent = "";
  findings.clear("年度无效，未检查");
}

async function loadLayout(): Promise<void> {
  const report = draft.report();
  const next = await reports.getLayout({ edition: report.edition, year: report.year });
  editionNames.set(next.edition, next.editionName);
  const redraw = !layout || next.edition !== layout.edition || next.edition === Edition.LEGACY_2008;
  layout = next;
  $("edition").textContent = next.editionName;
  if (redraw) {
    grid.render(next, draft);
    grid.pinLabels();
  }
}

/** The site list shows the draft's site even when the key may not use it (the notice says why). */
function showSite(): void {
  if (draft.siteCode !== "" && ![...siteSelect.options].some(o => o.value === draft.siteCode)) {
    siteSelect.append(new Option(`${draft.siteCode}（此密钥无权使用）`, draft.siteCode));
  }
  siteSelect.value = draft.siteCode;
}

/** Draws the current draft: every field from it, the layout of its year, its findings. */
async function reload(): Promise<void> {
  try {
    layout = undefined;
    unreadableFigures.clear();
    showSite();
    yearInput.value = draft.get("year") ?? "";
    yearInput.removeAttribute("aria-invalid");
    for (const field of document.querySelectorAll<HTMLInputElement>(".fields [data-path]")) field.value = draft.get(field.dataset.path!) ?? "";
    revision++;
    htmlPreview.edited(revision);
    pdfPreview.edited(revision);
    const problem = yearProblem();
    if (problem !== "") { refuseYear(problem); return; }
    say("");
    await loadLayout();
    await validate();
  } catch (e) {
    sayError(e);
  }
}

async function previewHtml(): Promise<void> {
  try {
    await htmlPreview.render(draft, revision, editionName);
  } catch (e) {
    $("html-facts").textContent = "无法生成网页预览，原因见页面顶部。";
    sayError(e);
  }
}

async function previewPdf(): Promise<void> {
  const button = $<HTMLButtonElement>("render-pdf");
  button.disabled = true;
  $("pdf-facts").textContent = "正在生成 PDF…";
  try {
    await pdfPreview.render(draft, revision, editionName);
  } catch (e) {
    $("pdf-facts").textContent = "无法生成 PDF，原因见页面顶部。";
    sayError(e);
  } finally {
    button.disabled = false;
  }
}

function selectTab(name: "edit" | "html" | "pdf"): void {
  for (const tab of ["edit", "html", "pdf"]) {
    $(`tab-${tab}`).setAttribute("aria-selected", String(tab === name));
    $(`panel-${tab}`).hidden = tab !== name;
  }
  if (name === "html" && !htmlPreview.current) void previewHtml();
  if (name === "pdf" && pdfPreview.made && !pdfPreview.current) void previewPdf();
}

// ---------------------------------------------------------------- drafts kept in the browser

let autosaveTimer = 0;

function autosaveSoon(): void {
  clearTimeout(autosaveTimer);
  autosaveTimer = window.setTimeout(() => autosave(!unsaved), 400);
}

/** Keeps the draft under its site and year; a draft whose site or year changed moves there. */
function autosave(exported: boolean): void {
  if (draft.isBlank || yearProblem() !== "") return;
  const key = saveDraft({
    request: draft.export(), agency: draft.get("agency") ?? "", siteCode: draft.siteCode,
    year: draft.get("year") ?? "", savedAt: Date.now(), exported,
  });
  if (storedKey !== "" && storedKey !== key) removeDraft(storedKey);
  storedKey = key;
  const time = new Date().toLocaleTimeString("zh-CN", { hour12: false, hour: "2-digit", minute: "2-digit", second: "2-digit" });
  $("draft-status").textContent = `草稿已自动保存在本浏览器（${time}）`;
  $("discard-draft").hidden = false;
  listStoredDrafts();
}

function listStoredDrafts(): void {
  const drafts = listDrafts();
  const select = $<HTMLSelectElement>("drafts");
  select.replaceChildren(new Option(drafts.length === 0 ? "（无）" : `共 ${drafts.length} 份，选择以切换`, ""),
    ...drafts.map(d => new Option(describeDraft(d), d.key)));
  select.disabled = drafts.length === 0;
}

async function open(entry: StoredDraft, restored: boolean): Promise<void> {
  try {
    draft = Draft.parse(entry.request);
  } catch {
    removeDraft(entry.key);
    listStoredDrafts();
    return;
  }
  storedKey = entry.key;
  unsaved = !entry.exported;
  $("draft-status").textContent = `${restored ? "已恢复草稿" : "已打开草稿"}：${describeDraft(entry)}`;
  $("discard-draft").hidden = false;
  listStoredDrafts();
  await reload();
}

async function discard(): Promise<void> {
  if (storedKey !== "") removeDraft(storedKey);
  storedKey = "";
  const year = Number(draft.get("year")) || new Date().getFullYear() - 1;
  draft = Draft.empty(draft.siteCode, year);
  unsaved = false;
  $("draft-status").textContent = "草稿已丢弃";
  $("discard-draft").hidden = true;
  listStoredDrafts();
  await reload();
}

// ---------------------------------------------------------------- files

async function load(file: File): Promise<void> {
  try {
    draft = Draft.parse(await file.text());
  } catch {
    say(`“${file.name}”不是可读取的 RenderRequest JSON 文件。`);
    return;
  }
  storedKey = "";
  unsaved = false;
  $("draft-status").textContent = `已载入 ${file.name}`;
  await reload();
  autosave(true);
}

function exportJson(): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([draft.export()], { type: "application/json" }));
  link.download = `${draft.request().requestId || `report-${draft.get("year") ?? ""}`}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  unsaved = false;
  autosave(true);
}

// ---------------------------------------------------------------- the phone's findings bar

function openFindings(open: boolean): void {
  findingsPanel.classList.toggle("open", open);
  findingsToggle.setAttribute("aria-expanded", String(open));
}

// ---------------------------------------------------------------- events

editPanel.addEventListener("input", e => {
  const field = e.target;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !field.dataset.path) return;
  commit(field);
  edited();
});
editPanel.addEventListener("sections-changed", () => { if (layout) grid.render(layout, draft); });
yearInput.addEventListener("change", async () => {
  // A change fires on leaving the field even when a loaded draft set the year it shows.
  if (yearInput.value === (draft.get("year") ?? "") && yearInput.getAttribute("aria-invalid") !== "true") return;
  const problem = yearProblem();
  if (problem !== "") {
    draft.set("year", undefined);
    refuseYear(problem);
    return;
  }
  yearInput.removeAttribute("aria-invalid");
  say("");
  draft.set("year", Number(yearInput.value));
  edited();
  try { await loadLayout(); } catch (e) { sayError(e); }
});
siteSelect.addEventListener("change", () => { draft.siteCode = siteSelect.value; edited(); });
for (const tab of ["edit", "html", "pdf"] as const) $(`tab-${tab}`).addEventListener("click", () => selectTab(tab));
$("render-pdf").addEventListener("click", () => void previewPdf());
$("load").addEventListener("change", e => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void load(file);
});
$("save").addEventListener("click", exportJson);
$("discard-draft").addEventListener("click", () => void discard());
$("drafts").addEventListener("change", () => {
  const entry = listDrafts().find(d => d.key === $<HTMLSelectElement>("drafts").value);
  if (entry) void open(entry, false);
});
findingsToggle.addEventListener("click", () => openFindings(!findingsPanel.classList.contains("open")));
new ResizeObserver(() => grid.pinLabels()).observe($("report"));
addEventListener("beforeunload", e => {
  if (!unsaved || draft.isBlank) return;
  // Browsers show their own wording; the draft itself is kept in this browser either way.
  e.preventDefault();
  e.returnValue = "";
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

/** Lists the sites the key may use (all of them on a server without keys), then restores the last draft or draws a blank one. */
async function start(): Promise<void> {
  try {
    const { sites: list } = await sites.listSites({});
    siteSelect.replaceChildren(...list.map(s => new Option(`${s.name}（${s.siteCode}）`, s.siteCode)));
    if (draft.siteCode === "" || (draft.isBlank && !list.some(s => s.siteCode === draft.siteCode))) draft.siteCode = list[0]?.siteCode ?? "";
  } catch (e) {
    sayError(e);
    return;
  }
  listStoredDrafts();
  const last = listDrafts()[0];
  if (storedKey === "" && draft.isBlank && last) await open(last, true);
  else await reload();
}

keyInput.value = apiKey();
keyInput.addEventListener("change", () => {
  setApiKey(keyInput.value);
  void start();
});

void start();
