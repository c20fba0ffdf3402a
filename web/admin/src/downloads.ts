// Every other document format the contract offers (OutputFormat values besides the HTML ones and
// the PDF shown in its own tab, e.g. OFD), as a download made on demand from the current draft. Read
// from the generated schema: a format appears here once the proto has it and RenderResponse carries
// its bytes in the field of the same name.
import { ScalarType } from "@bufbuild/protobuf";
import { OutputFormat, OutputFormatSchema, RenderResponseSchema, type RenderResponse } from "./gen/docgen/v1/docgen_pb";
import { reports } from "./client";
import type { Draft } from "./draft";

export interface DocumentFormat {
  readonly format: OutputFormat;
  /** "OFD". */
  readonly name: string;
  readonly bytes: (response: RenderResponse) => Uint8Array;
}

const shown = new Set<OutputFormat>([OutputFormat.OUTPUT_FORMAT_UNSPECIFIED, OutputFormat.HTML_PAGE, OutputFormat.HTML_FRAGMENT, OutputFormat.PDF]);

export function otherFormats(): DocumentFormat[] {
  return OutputFormatSchema.values.filter(v => !shown.has(v.number)).flatMap(v => {
    const field = RenderResponseSchema.fields.find(f => f.name === v.name.toLowerCase() && f.fieldKind === "scalar" && f.scalar === ScalarType.BYTES);
    if (!field) return [];
    return [{ format: v.number, name: v.name, bytes: (r: RenderResponse) => (r as unknown as Record<string, Uint8Array>)[field.localName] }];
  });
}

/** Renders the draft in one format and hands the file to the browser. */
export async function download(draft: Draft, format: DocumentFormat): Promise<void> {
  const response = await reports.render({ ...draft.request(), formats: [format.format], markFindings: false, strict: false });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([format.bytes(response) as Uint8Array<ArrayBuffer>]));
  link.download = `${draft.request().requestId || `report-${draft.get("year") ?? ""}`}.${format.name.toLowerCase()}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
