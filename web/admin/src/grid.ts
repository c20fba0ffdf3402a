// The editable report drawn from the layout the server returns: narrative text areas under the
// national section headings, and each national table as a grid of inputs placed at the slots
// GetLayout gives (never a label written here). Spreadsheet keys and tab-separated paste.
import { Edition, LayoutCell_Role, LayoutCell_ValueKind, type Layout, type LayoutCell, type LayoutTable } from "./gen/docgen/v1/docgen_pb";
import type { Draft } from "./draft";
import { normalise } from "./figures";

/** How an input's text becomes a field value. */
export type FieldKind = "text" | "count" | "signed" | "amount";

export interface ValueCell {
  readonly input: HTMLInputElement;
  readonly td: HTMLTableCellElement;
  readonly cell: LayoutCell;
  readonly slots: (ValueCell | null)[][];
}

const kinds: Record<LayoutCell_ValueKind, FieldKind> = {
  [LayoutCell_ValueKind.VALUE_KIND_UNSPECIFIED]: "text",
  [LayoutCell_ValueKind.COUNT]: "count",
  [LayoutCell_ValueKind.SIGNED_COUNT]: "signed",
  [LayoutCell_ValueKind.AMOUNT]: "amount",
};

type Direction = "up" | "down" | "left" | "right";

export class ReportGrid {
  /** Value cells by field path. */
  readonly cells = new Map<string, ValueCell>();
  private readonly byInput = new Map<HTMLInputElement, ValueCell>();

  constructor(private readonly container: HTMLElement, private readonly onPaste: (changed: HTMLInputElement[]) => void) {
    container.addEventListener("keydown", e => this.keydown(e));
    container.addEventListener("paste", e => this.paste(e));
    container.addEventListener("focusin", e => {
      if (e.target instanceof HTMLInputElement && this.byInput.has(e.target)) e.target.select();
    });
  }

  render(layout: Layout, draft: Draft): void {
    this.cells.clear();
    this.byInput.clear();
    this.container.replaceChildren();
    this.narrative("前言", "preamble", draft);
    if (layout.edition === Edition.LEGACY_2008) {
      this.sections(draft);
      return;
    }
    const [overview, , , , problems, otherMatters] = layout.sectionHeadings;
    this.narrative(overview, "overview", draft, true);
    for (const table of layout.tables) {
      this.heading(table.caption);
      this.table(table, draft);
    }
    this.narrative(problems, "problems", draft, true);
    this.narrative(otherMatters, "other_matters", draft, true);
  }

  /** The input a finding's path names: a field, or the text area of a narrative ("overview" → overview.text or .html). */
  field(path: string): HTMLInputElement | HTMLTextAreaElement | null {
    for (const candidate of [path, `${path}.text`, `${path}.html`]) {
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-path="${CSS.escape(candidate)}"]`);
      if (field) return field;
    }
    return null;
  }

  private heading(text: string): void {
    const h2 = document.createElement("h2");
    h2.className = "section";
    h2.textContent = text;
    this.container.append(h2);
  }

  private narrative(heading: string, field: string, draft: Draft, asHeading = false): void {
    // A CMS sends either text or html; the area edits whichever the draft has, text by default.
    const path = draft.get(`${field}.html`) !== undefined ? `${field}.html` : `${field}.text`;
    if (asHeading) this.heading(heading);
    const label = document.createElement("label");
    label.className = "narrative";
    if (!asHeading) label.append(heading);
    if (path.endsWith(".html")) label.append("（HTML，发布前会经过白名单清理）");
    const area = this.textArea(path, draft);
    area.dataset.place = heading;
    area.setAttribute("aria-label", heading);
    label.append(area);
    this.container.append(label);
  }

  private sections(draft: Draft): void {
    for (let i = 0; i < draft.sectionCount; i++) {
      const heading = document.createElement("input");
      heading.dataset.path = `sections.${i}.heading`;
      heading.dataset.kind = "text";
      heading.value = draft.get(heading.dataset.path) ?? "";
      heading.placeholder = "标题，如 一、概述";
      heading.dataset.place = `第 ${i + 1} 节标题`;
      heading.setAttribute("aria-label", heading.dataset.place);
      const body = this.textArea(`sections.${i}.body.text`, draft);
      body.dataset.place = `第 ${i + 1} 节正文`;
      body.setAttribute("aria-label", body.dataset.place);
      const label = document.createElement("div");
      label.className = "narrative";
      label.append(heading, body);
      this.container.append(label);
    }
    const add = document.createElement("button");
    add.type = "button";
    add.textContent = "添加一节";
    add.addEventListener("click", () => {
      draft.addSection();
      this.container.dispatchEvent(new CustomEvent("sections-changed", { bubbles: true }));
    });
    this.container.append(add);
  }

  private textArea(path: string, draft: Draft): HTMLTextAreaElement {
    const area = document.createElement("textarea");
    area.dataset.path = path;
    area.dataset.kind = "text";
    area.value = draft.get(path) ?? "";
    return area;
  }

  private table(layout: LayoutTable, draft: Draft): void {
    const slots: (ValueCell | null)[][] = Array.from({ length: layout.rowCount }, () => Array<ValueCell | null>(layout.columnCount).fill(null));
    const firstValueColumn = Math.min(...layout.cells.filter(c => c.role === LayoutCell_Role.VALUE).map(c => c.column));
    const table = document.createElement("table");
    table.className = "grid";
    table.dataset.key = layout.key;
    const head = table.createTHead();
    const body = table.createTBody();
    const rows = Array.from({ length: layout.rowCount }, (_, r) => (r < layout.headerRowCount ? head : body).insertRow());
    for (const cell of layout.cells) {
      const row = rows[cell.row];
      if (cell.role !== LayoutCell_Role.VALUE) {
        const th = document.createElement("th");
        th.textContent = cell.text;
        th.className = cell.role === LayoutCell_Role.GROUP_HEADER ? "group" : cell.role === LayoutCell_Role.ROW_HEADER ? "row-head" : "";
        if (cell.role !== LayoutCell_Role.COLUMN_HEADER) th.scope = "row";
        // The header cells wholly left of the first figure column are the row labels: pinned (sticky)
        // so a table scrolled sideways on a narrow screen still says which row is which.
        if (cell.column + cell.colSpan <= firstValueColumn) th.classList.add("pinned");
        // A label heading several rows beside narrower labels (（三）不予公开): kept narrow on a phone.
        if (cell.role === LayoutCell_Role.ROW_HEADER && cell.rowSpan > 1) th.classList.add("stack");
        th.rowSpan = cell.rowSpan;
        th.colSpan = cell.colSpan;
        row.append(th);
        continue;
      }
      const td = row.insertCell();
      td.rowSpan = cell.rowSpan;
      td.colSpan = cell.colSpan;
      const input = document.createElement("input");
      input.dataset.path = cell.fieldPath;
      input.dataset.kind = kinds[cell.valueKind];
      input.inputMode = cell.valueKind === LayoutCell_ValueKind.AMOUNT ? "decimal" : "numeric";
      input.autocomplete = "off";
      input.value = draft.get(cell.fieldPath) ?? "";
      const name = this.describe(layout, cell);
      input.setAttribute("aria-label", name);
      input.dataset.place = `${layout.caption} › ${name}`;
      if (cell.computedWhenOmitted) td.classList.add("computed");
      td.append(input);
      const value: ValueCell = { input, td, cell, slots };
      for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
        for (let c = cell.column; c < cell.column + cell.colSpan; c++) slots[r][c] = value;
      this.cells.set(cell.fieldPath, value);
      this.byInput.set(input, value);
    }
    const wrap = document.createElement("div");
    wrap.className = "table-wrap";
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", layout.caption);
    wrap.append(table);
    this.container.append(wrap);
  }

  /** Sets each pinned label's sticky offset to where it sits when the table is not scrolled. */
  pinLabels(): void {
    for (const wrap of this.container.querySelectorAll<HTMLElement>(".table-wrap")) {
      const pinned = [...wrap.querySelectorAll<HTMLElement>("th.pinned")];
      const scrolled = wrap.scrollLeft;
      wrap.scrollLeft = 0;
      for (const th of pinned) th.style.left = "";
      const origin = wrap.querySelector("table")!.getBoundingClientRect().left;
      const offsets = pinned.map(th => th.getBoundingClientRect().left - origin);
      pinned.forEach((th, k) => { th.style.left = `${offsets[k]}px`; });
      wrap.scrollLeft = scrolled;
    }
  }

  /**
   * "一、本年新收… · 自然人", "行政诉讼 · 未经复议直接起诉 · 总计": the row labels, then the column heads
   * stacked right above the cell (up to the previous block of figures), leaving out a head over
   * every figure column (申请人情况), which tells no column from another. For screen readers, the
   * tooltip and the findings list.
   */
  private describe(layout: LayoutTable, cell: LayoutCell): string {
    const covers = (c: LayoutCell, r: number, k: number) => r >= c.row && r < c.row + c.rowSpan && k >= c.column && k < c.column + c.colSpan;
    const rowLabel = layout.cells.filter(c => c.role === LayoutCell_Role.ROW_HEADER && covers(c, cell.row, c.column)).map(c => c.text).join(" ");
    const values = layout.cells.filter(c => c.role === LayoutCell_Role.VALUE);
    const first = Math.min(...values.map(c => c.column));
    const last = Math.max(...values.map(c => c.column + c.colSpan));
    const heads: LayoutCell[] = [];
    const headAt = (r: number) => layout.cells.find(c => covers(c, r, cell.column));
    let r = cell.row - 1;
    while (r >= 0 && headAt(r)?.role !== LayoutCell_Role.COLUMN_HEADER) r--;
    for (; r >= 0; r--) {
      const above = headAt(r);
      if (!above || above.role !== LayoutCell_Role.COLUMN_HEADER) break;
      if (!heads.includes(above) && !(above.column <= first && above.column + above.colSpan >= last)) heads.unshift(above);
    }
    return [rowLabel, ...heads.map(c => c.text)].filter(Boolean).join(" · ");
  }

  private move(from: ValueCell, direction: Direction): ValueCell | null {
    const { row, column, rowSpan, colSpan } = from.cell;
    const slots = from.slots;
    const at = (r: number, c: number) => {
      const s = slots[r]?.[c];
      return s && s !== from ? s : null;
    };
    switch (direction) {
      case "right": for (let c = column + colSpan; c < slots[row].length; c++) { const s = at(row, c); if (s) return s; } break;
      case "left": for (let c = column - 1; c >= 0; c--) { const s = at(row, c); if (s) return s; } break;
      case "down": for (let r = row + rowSpan; r < slots.length; r++) { const s = at(r, column); if (s) return s; } break;
      case "up": for (let r = row - 1; r >= 0; r--) { const s = at(r, column); if (s) return s; } break;
    }
    return null;
  }

  private keydown(e: KeyboardEvent): void {
    const from = e.target instanceof HTMLInputElement ? this.byInput.get(e.target) : undefined;
    if (!from || e.altKey || e.ctrlKey || e.metaKey) return;
    const direction: Direction | null =
      e.key === "ArrowUp" ? "up" : e.key === "ArrowDown" ? "down" : e.key === "ArrowLeft" ? "left" : e.key === "ArrowRight" ? "right"
      : e.key === "Enter" ? (e.shiftKey ? "up" : "down") : null;
    if (!direction) return;
    e.preventDefault();
    this.move(from, direction)?.input.focus();
  }

  /** A block copied from Excel or WPS (rows of tab-separated figures) fills the grid from the selected cell. */
  private paste(e: ClipboardEvent): void {
    const start = e.target instanceof HTMLInputElement ? this.byInput.get(e.target) : undefined;
    const text = e.clipboardData?.getData("text/plain") ?? "";
    if (!start || !/[\t\n]/.test(text.replace(/\r?\n$/, ""))) return;
    e.preventDefault();
    const changed: HTMLInputElement[] = [];
    let rowStart: ValueCell | null = start;
    for (const line of text.replace(/\r?\n$/, "").split(/\r?\n/)) {
      let target: ValueCell | null = rowStart;
      for (const value of line.split("\t")) {
        if (!target) break;
        target.input.value = normalise(value);
        changed.push(target.input);
        target = this.move(target, "right");
      }
      if (!rowStart) break;
      rowStart = this.move(rowStart, "down");
      if (!rowStart) break;
    }
    this.onPaste(changed);
  }
}
