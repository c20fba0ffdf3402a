// Validate's answer on the page: each finding on the field it names (marked, with a tooltip giving
// the Chinese message, expected and actual), all of them in a list that jumps to the field, and
// the computed value greyed in every total the editor left empty.
import { toJson, type JsonValue } from "@bufbuild/protobuf";
import { AnnualReportSchema, Finding_Severity, type Finding, type ValidateResponse } from "./gen/docgen/v1/docgen_pb";
import { readPath } from "./draft";
import type { ReportGrid } from "./grid";

const marks = ["has-error", "has-warning"];

const rank = (f: Finding) => (f.severity === Finding_Severity.ERROR ? 0 : 1);

export function describeFinding(f: Finding): string {
  const figures = f.expected !== f.actual ? `\n应为 ${f.expected}，实为 ${f.actual}` : "";
  return `${f.message}${figures}\n${f.code}`;
}

export class FindingsView {
  constructor(private readonly list: HTMLOListElement, private readonly count: HTMLElement, private readonly grid: ReportGrid,
    private readonly tooltip: Tooltip, private readonly reveal: (field: HTMLElement) => void) {}

  show(response: ValidateResponse): void {
    for (const marked of document.querySelectorAll<HTMLElement>(".has-error, .has-warning")) {
      marked.classList.remove(...marks);
      delete marked.dataset.tip;
      delete marked.dataset.codes;
    }
    // Errors first, each group in the server's order (table by table, row by row).
    const items = [...response.findings].sort((a, b) => rank(a) - rank(b)).map(f => this.item(f));
    this.list.replaceChildren(...items);
    const errors = response.findings.filter(f => f.severity === Finding_Severity.ERROR).length;
    this.count.textContent = response.findings.length === 0 ? "✓ 无问题" : `${errors} 错误 · ${response.findings.length - errors} 提示`;
    this.count.className = response.findings.length === 0 ? "ok" : "";
    this.showComputed(response.completed ? toJson(AnnualReportSchema, response.completed) : undefined);
    // The field being typed in keeps the focus while its findings change: show them without waiting for a move.
    this.tooltip.show(document.activeElement);
  }

  private item(f: Finding): HTMLLIElement {
    const severity = f.severity === Finding_Severity.ERROR ? "error" : "warning";
    const field = f.path ? this.grid.field(f.path) : null;
    if (field) {
      const target = field.closest("td") ?? field;
      target.classList.add(`has-${severity}`);
      target.dataset.tip = target.dataset.tip ? `${target.dataset.tip}\n\n${describeFinding(f)}` : describeFinding(f);
      target.dataset.codes = target.dataset.codes ? `${target.dataset.codes} ${f.code}` : f.code;
    }
    const li = document.createElement("li");
    li.className = severity;
    li.dataset.path = f.path;
    li.dataset.code = f.code;
    const button = document.createElement("button");
    button.type = "button";
    const code = document.createElement("span");
    code.className = "code";
    code.textContent = `${severity === "error" ? "错误" : "提示"} · ${f.code}${f.path ? " · " + f.path : ""}`;
    button.append(code, f.message);
    if (field) button.addEventListener("click", () => this.reveal(field));
    else button.disabled = true;
    li.append(button);
    return li;
  }

  private showComputed(completed: JsonValue | undefined): void {
    for (const { input, cell } of this.grid.cells.values()) {
      if (cell.computedWhenOmitted) input.placeholder = input.value === "" ? readPath(completed, cell.fieldPath) ?? "" : "";
    }
  }
}

/** One tooltip for the page: the findings of the field under the pointer or with the focus. */
export class Tooltip {
  constructor(private readonly tip: HTMLElement) {
    document.addEventListener("focusin", e => this.show(e.target));
    document.addEventListener("mouseover", e => this.show(e.target));
    document.addEventListener("focusout", () => { tip.hidden = true; });
  }

  show(target: EventTarget | null): void {
    const holder = target instanceof Element ? target.closest<HTMLElement>("[data-tip]") : null;
    if (!holder?.dataset.tip) { this.tip.hidden = true; return; }
    this.tip.textContent = holder.dataset.tip;
    const box = holder.getBoundingClientRect();
    this.tip.hidden = false;
    this.tip.style.left = `${Math.max(4, Math.min(box.left + scrollX, scrollX + innerWidth - this.tip.offsetWidth - 4))}px`;
    this.tip.style.top = `${box.bottom + scrollY + 4}px`;
  }
}
