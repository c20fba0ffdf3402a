// The two previews: the HTML page in the site's chrome inside a sandboxed frame (no scripts, its own
// origin), and the PDF in the browser's viewer with its download link (and the OFD's, when the
// contract has it). Each remembers the draft
// revision it shows: an edit marks it out of date at once (dimmed, "已过期"), and its download and
// digest are withdrawn until it is made again from the current draft.
import { OutputFormat, type RenderResponse } from "./gen/docgen/v1/docgen_pb";
import { reports } from "./client";
import type { Draft } from "./draft";
import type { DocumentFormat } from "./downloads";

export interface PreviewElements {
  readonly panel: HTMLElement;
  readonly status: HTMLElement;
  readonly facts: HTMLElement;
  readonly digest: HTMLElement;
}

/** "2021年版（国办公开办函〔2021〕30号） · 3 页 · 14:25:03 生成". */
function describe(response: RenderResponse, editionName: string, withPages: boolean): string {
  const time = new Date().toLocaleTimeString("zh-CN", { hour12: false });
  return [editionName, withPages ? `${response.pageCount} 页` : "", `${time} 生成`].filter(Boolean).join(" · ");
}

abstract class Preview {
  private shownRevision = -1;
  private wantedRevision = 0;
  made = false;

  constructor(protected readonly el: PreviewElements) {}

  get current(): boolean { return this.made && this.shownRevision === this.wantedRevision; }

  /** The draft changed: whatever is shown is out of date from now on. */
  edited(revision: number): void {
    this.wantedRevision = revision;
    if (!this.made) return;
    this.el.panel.classList.add("stale");
    this.el.status.hidden = false;
    this.el.status.textContent = this.staleText;
    this.withdraw();
  }

  protected abstract readonly staleText: string;
  protected withdraw(): void { this.el.digest.hidden = true; }

  protected shown(revision: number, response: RenderResponse, facts: string): void {
    this.made = true;
    this.shownRevision = revision;
    if (revision !== this.wantedRevision) return;
    this.el.panel.classList.remove("stale");
    this.el.status.hidden = true;
    this.el.facts.textContent = facts;
    this.el.digest.hidden = false;
    this.el.digest.querySelector("code")!.textContent = response.contentSha256;
  }
}

export class HtmlPreview extends Preview {
  protected readonly staleText = "已过期：内容已修改，正在重新生成…";

  constructor(el: PreviewElements, private readonly frame: HTMLIFrameElement) { super(el); }

  async render(draft: Draft, revision: number, editionName: (e: RenderResponse["edition"]) => string): Promise<void> {
    const response = await reports.render({ ...draft.request(), formats: [OutputFormat.HTML_PAGE], markFindings: true, strict: false });
    // Setting the same srcdoc again would reload the frame (a blank flash while the editor types elsewhere).
    if (this.frame.srcdoc !== response.html) this.frame.srcdoc = response.html;
    this.shown(revision, response, describe(response, editionName(response.edition), false));
  }
}

/** The PDF, and each other document format (OFD) made in the same call, with a download link each (#ofd-download). */
export class PdfPreview extends Preview {
  protected readonly staleText = "已过期：PDF 是修改前生成的。请点“重新生成”。";
  private readonly links: HTMLAnchorElement[];
  private readonly urls: string[] = [];

  constructor(el: PreviewElements, private readonly frame: HTMLIFrameElement, private readonly link: HTMLAnchorElement,
    private readonly button: HTMLButtonElement, private readonly others: DocumentFormat[]) {
    super(el);
    this.links = [link, ...others.map(f => {
      const other = document.createElement("a");
      other.id = `${f.name.toLowerCase()}-download`;
      other.textContent = `下载 ${f.name}`;
      other.hidden = true;
      return other;
    })];
    link.after(...this.links.slice(1).flatMap(a => [" ", a]));
  }

  override edited(revision: number): void {
    super.edited(revision);
    if (this.made) this.button.textContent = "已过期，重新生成";
  }

  protected override withdraw(): void {
    super.withdraw();
    for (const link of this.links) link.hidden = true;
  }

  async render(draft: Draft, revision: number, editionName: (e: RenderResponse["edition"]) => string): Promise<void> {
    const formats = [OutputFormat.PDF, ...this.others.map(f => f.format)];
    const response = await reports.render({ ...draft.request(), formats, markFindings: false, strict: false });
    for (const url of this.urls.splice(0)) URL.revokeObjectURL(url);
    const name = draft.request().requestId || `report-${draft.get("year") ?? ""}`;
    const files: [Uint8Array, string, string][] = [[response.pdf, "application/pdf", "pdf"], ...this.others.map(f => [f.bytes(response), "application/octet-stream", f.name.toLowerCase()] as [Uint8Array, string, string])];
    files.forEach(([bytes, type, extension], i) => {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
      this.urls.push(url);
      this.links[i].href = url;
      this.links[i].download = `${name}.${extension}`;
    });
    this.frame.src = this.urls[0];
    this.frame.hidden = false;
    this.shown(revision, response, describe(response, editionName(response.edition), true));
    if (this.current) {
      for (const link of this.links) link.hidden = false;
      this.button.textContent = "重新生成 PDF";
    }
  }
}
