// The two previews: the HTML page in the site's chrome inside a sandboxed frame (no scripts, its own
// origin), and the PDF on demand in the browser's viewer with download links for it and its OFD.
import { Edition, OutputFormat, type RenderResponse } from "./gen/docgen/v1/docgen_pb";
import { reports } from "./client";
import type { Draft } from "./draft";

export function facts(response: RenderResponse, withPages: boolean): string {
  const pages = withPages ? ` · ${response.pageCount} 页` : "";
  return `${Edition[response.edition]}${pages} · 内容摘要 sha256 ${response.contentSha256}`;
}

export async function renderHtml(draft: Draft, frame: HTMLIFrameElement, out: HTMLElement): Promise<void> {
  const response = await reports.render({ ...draft.request(), formats: [OutputFormat.HTML_PAGE], markFindings: true, strict: false });
  // Setting the same srcdoc again would reload the frame (a blank flash while the editor types elsewhere).
  if (frame.srcdoc !== response.html) frame.srcdoc = response.html;
  out.textContent = facts(response, false);
}

let pdfUrl = "";
let ofdUrl = "";

// The OFD comes from the same layout in the same call: one more download beside the PDF's.
export async function renderPdf(draft: Draft, frame: HTMLIFrameElement, link: HTMLAnchorElement, ofdLink: HTMLAnchorElement, out: HTMLElement): Promise<void> {
  const response = await reports.render({ ...draft.request(), formats: [OutputFormat.PDF, OutputFormat.OFD], markFindings: false, strict: false });
  if (pdfUrl) URL.revokeObjectURL(pdfUrl);
  pdfUrl = URL.createObjectURL(new Blob([response.pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" }));
  frame.src = pdfUrl;
  frame.hidden = false;
  link.href = pdfUrl;
  link.download = `${draft.request().requestId || "report"}.pdf`;
  link.hidden = false;
  if (ofdUrl) URL.revokeObjectURL(ofdUrl);
  ofdUrl = URL.createObjectURL(new Blob([response.ofd as Uint8Array<ArrayBuffer>], { type: "application/ofd" }));
  ofdLink.href = ofdUrl;
  ofdLink.download = `${draft.request().requestId || "report"}.ofd`;
  ofdLink.hidden = false;
  out.textContent = facts(response, true);
}
