// The typed gRPC-Web clients of the server that serves this page (same origin: no CORS, no address to configure).
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { ReportService, SiteService } from "./gen/docgen/v1/docgen_pb";

const transport = createGrpcWebTransport({ baseUrl: location.origin, useBinaryFormat: true });

export const reports = createClient(ReportService, transport);
export const sites = createClient(SiteService, transport);

/** "INVALID_ARGUMENT: report.agency is …": the status and the server's message, which names the field. */
export function describeError(e: unknown): string {
  const error = ConnectError.from(e);
  const name = Code[error.code].replace(/[A-Z]/g, (c, i: number) => (i > 0 ? "_" : "") + c).toUpperCase();
  return `${name}: ${error.rawMessage}`;
}
