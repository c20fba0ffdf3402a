// Every other document format the contract offers (OutputFormat values besides the HTML ones and
// the PDF, e.g. OFD), rendered with the PDF and offered for download beside it. Read from the
// generated schema: a format appears once the proto has it and RenderResponse carries its bytes in
// the field of the same name.
import { ScalarType } from "@bufbuild/protobuf";
import { OutputFormat, OutputFormatSchema, RenderResponseSchema, type RenderResponse } from "./gen/docgen/v1/docgen_pb";

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
