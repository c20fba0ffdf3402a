// Validate's answer on the page, in the editor's words first: each finding names its severity, the
// place (table, row and column as printed, or the field's label), the message and the expected and
// actual figures; the stable code and field path sit under 详情. Each finding also marks the fields
// it names (every cell of a sum, with a tooltip), the list jumps to the first and outlines them all,
// and every total left empty shows the value that will be computed, greyed.
import { create, toJson, type JsonValue } from "@bufbuild/protobuf";
import { AnnualReportSchema, FindingSchema, Finding_Severity, type Finding, type ValidateResponse } from "./gen/docgen/v1/docgen_pb";
import { readPath } from "./draft";
import type { ReportGrid } from "./grid";

const marks = ["has-error", "has-warning"];

const rank = (f: Finding) => (f.severity === Finding_Severity.ERROR ? 0 : 1);

/** A figure the page could not read: a finding on its cell like the server's, never a silent drop. */
export function unreadable(path: string, message: string): Finding {
  return create(FindingSchema, { severity: Finding_Severity.ERROR, code: "UNREADABLE_FIGURE", path, message });
}

/** The message without the field path some messages add in brackets ("未填写发布机构（agency）"): the path is under 详情. */
function plain(message: string): string {
  return message.replace(/\s*[（(][A-Za-z][A-Za-z0-9_.]*[)）]/g, "");
}

function figures(f: Finding): string {
  return f.expected !== f.actual ? `应为 ${f.expected}，实为 ${f.actual}` : "";
}

/** Where a field sits, as the editor reads it: "三、收到和处理… › 一、本年新收… · 自然人", or the field's label. */
export function placeOf(field: HTMLElement): string {
  if (field.dataset.place) return field.dataset.place;
  const label = field.closest("label");
  return label?.firstChild?.nodeType === Node.TEXT_NODE ? label.firstChild.textContent!.trim() : "";
}

/** The narrative text area holding the sentence a NARRATIVE_TABLE_MISMATCH quotes (“…” in its message), and where. */
function narrativeSentence(message: string): { area: HTMLTextAreaElement; start: number; end: number } | null {
  const quoted = /“([^”]+)”/.exec(message)?.[1];
  // A long sentence is quoted in part, with "…" where it was cut: the words between are verbatim.
  const words = quoted?.replace(/^…|…$/g, "");
  if (!words) return null;
  for (const area of document.querySelectorAll<HTMLTextAreaElement>("textarea[data-path]")) {
    const start = area.value.indexOf(words);
    if (start >= 0) return { area, start, end: start + words.length };
  }
  return null;
}

export class FindingsView {
  private shown: Finding[] = [];

  constructor(private readonly list: HTMLOListElement, private readonly count: HTMLElement, private readonly grid: ReportGrid,
    private readonly tooltip: Tooltip, private readonly reveal: (field: HTMLElement) => void) {}

  /** No findings and no counts: a blank form, or a year that names no report. */
  clear(hint: string): void {
    this.unmark();
    this.list.replaceChildren();
    this.count.textContent = hint;
    this.count.className = "";
    this.shown = [];
    this.showComputed(undefined);
    this.tooltip.show(null);
  }

  show(response: ValidateResponse | undefined, local: Finding[]): void {
    this.unmark();
    // Errors first, each group in the server's order (table by table, row by row); the page's own after.
    const all = [...local, ...(response?.findings ?? [])];
    const sorted = [...all].sort((a, b) => rank(a) - rank(b));
    this.shown = sorted;
    this.list.replaceChildren(...sorted.map(f => this.item(f)));
    const errors = all.filter(f => f.severity === Finding_Severity.ERROR).length;
    if (!response) {
      // The server could not check the draft (the reason is at the top): only the page's own findings are known.
      this.count.textContent = all.length === 0 ? "未能检查，原因见页面顶部" : `未能检查，原因见页面顶部 · ${errors} 个错误`;
      this.count.className = "";
    } else {
      this.count.textContent = all.length === 0 ? "✓ 无问题" : `${errors} 个错误 · ${all.length - errors} 个提示`;
      this.count.className = all.length === 0 ? "ok" : errors > 0 ? "has-errors" : "";
    }
    this.showComputed(response?.completed ? toJson(AnnualReportSchema, response.completed) : undefined);
    // The field being typed in keeps the focus while its findings change: show them without waiting for a move.
    this.tooltip.show(document.activeElement);
  }

  get findings(): readonly Finding[] { return this.shown; }

  private unmark(): void {
    for (const marked of document.querySelectorAll<HTMLElement>(".has-error, .has-warning")) {
      marked.classList.remove(...marks);
      delete marked.dataset.tip;
      delete marked.dataset.codes;
    }
    this.pick([]);
  }

  /** The cells a finding names: one, or for a sum ("applications.withheld.*.total") each of its cells, in page order. */
  private fieldsOf(path: string): (HTMLInputElement | HTMLTextAreaElement)[] {
    if (!path.includes("*")) {
      const field = this.grid.field(path);
      return field ? [field] : [];
    }
    // "*" stands for any text within one segment of the path, as the server means it.
    const pattern = new RegExp(`^${path.split("*").map(part => part.replace(/[.]/g, "\\.")).join("[^.]*")}$`);
    return [...document.querySelectorAll<HTMLInputElement>("[data-path]")].filter(input => pattern.test(input.dataset.path ?? ""));
  }

  /** Outlines the cells of the finding clicked last (and no others). */
  private pick(fields: readonly HTMLElement[]): void {
    for (const picked of document.querySelectorAll<HTMLElement>(".picked")) picked.classList.remove("picked");
    for (const field of fields) (field.closest("td") ?? field).classList.add("picked");
  }

  private item(f: Finding): HTMLLIElement {
    const severity = f.severity === Finding_Severity.ERROR ? "error" : "warning";
    const fields = f.path ? this.fieldsOf(f.path) : [];
    const field = fields[0] ?? null;
    const sentence = f.code === "NARRATIVE_TABLE_MISMATCH" ? narrativeSentence(f.message) : null;
    // A sum names its first cell and how many it adds up: the message says which sum.
    const place = !field ? "" : fields.length > 1 ? `${placeOf(field)} 等 ${fields.length} 格` : placeOf(field);
    const tip = [`${severity === "error" ? "错误" : "提示"}：${plain(f.message)}`, figures(f)].filter(Boolean).join("\n");
    for (const each of fields) {
      const target = each.closest("td") ?? each;
      target.classList.add(`has-${severity}`);
      target.dataset.tip = target.dataset.tip ? `${target.dataset.tip}\n\n${tip}` : tip;
      target.dataset.codes = target.dataset.codes ? `${target.dataset.codes} ${f.code}` : f.code;
    }
    const li = document.createElement("li");
    li.className = severity;
    li.dataset.path = f.path;
    li.dataset.code = f.code;
    const button = document.createElement("button");
    button.type = "button";
    const head = document.createElement("span");
    head.className = "finding-head";
    const badge = document.createElement("span");
    badge.className = "severity";
    badge.textContent = severity === "error" ? "错误" : "提示";
    head.append(badge);
    if (place) {
      const where = document.createElement("span");
      where.className = "place";
      where.textContent = place;
      head.append(where);
    }
    const message = document.createElement("span");
    message.className = "message";
    message.textContent = plain(f.message);
    button.append(head, message);
    const expected = figures(f);
    if (expected) {
      const line = document.createElement("span");
      line.className = "figures";
      line.textContent = expected;
      button.append(line);
    }
    if (sentence) {
      // The text contradicting the cell: marked like the cell, and selected when the finding is clicked.
      sentence.area.classList.add(`has-${severity}`);
      sentence.area.dataset.tip = sentence.area.dataset.tip ? `${sentence.area.dataset.tip}\n\n${tip}` : tip;
      button.addEventListener("click", () => {
        if (field) this.reveal(field);
        this.pick(fields);
        sentence.area.scrollIntoView({ block: "center" });
        sentence.area.focus();
        sentence.area.setSelectionRange(sentence.start, sentence.end);
      });
    } else if (field) button.addEventListener("click", () => { this.reveal(field); this.pick(fields); });
    else button.setAttribute("aria-disabled", "true");
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = "详情";
    const code = document.createElement("code");
    code.textContent = f.path ? `${f.code} · ${f.path}` : f.code;
    details.append(summary, code);
    li.append(button, details);
    return li;
  }

  private showComputed(completed: JsonValue | undefined): void {
    for (const { input, cell } of this.grid.cells.values()) {
      if (cell.computedWhenOmitted) input.placeholder = input.value === "" ? readPath(completed, cell.fieldPath) ?? "" : "";
    }
  }
}

/**
 * One tooltip for the page: the findings of the field under the pointer or with the focus. It stays
 * inside the form's frame (never over the findings list beside it, nor over the phone's findings
 * bar), below the field or above it when there is no room below.
 */
export class Tooltip {
  constructor(private readonly tip: HTMLElement, private readonly frame: HTMLElement, private readonly avoid: HTMLElement) {
    document.addEventListener("focusin", e => this.show(e.target));
    document.addEventListener("mouseover", e => this.show(e.target));
    document.addEventListener("focusout", () => { tip.hidden = true; });
  }

  show(target: EventTarget | null): void {
    const holder = target instanceof Element ? target.closest<HTMLElement>("[data-tip]") : null;
    if (!holder?.dataset.tip) { this.tip.hidden = true; return; }
    this.tip.textContent = holder.dataset.tip;
    this.tip.hidden = false;
    const box = holder.getBoundingClientRect();
    const frame = this.frame.getBoundingClientRect();
    this.tip.style.maxWidth = `${Math.max(160, Math.min(420, frame.width - 8))}px`;
    const width = this.tip.offsetWidth;
    const height = this.tip.offsetHeight;
    const left = Math.max(frame.left + 4, Math.min(box.left, frame.right - width - 4));
    const avoid = this.avoid.getBoundingClientRect();
    // The phone's findings bar is fixed at the bottom: the tooltip ends above it.
    const bottomLimit = getComputedStyle(this.avoid).position === "fixed" ? avoid.top : innerHeight;
    const below = box.bottom + 4;
    const top = below + height <= bottomLimit - 4 ? below : Math.max(4, box.top - height - 4);
    this.tip.style.left = `${left + scrollX}px`;
    this.tip.style.top = `${top + scrollY}px`;
  }
}
