// The typed gRPC-Web clients of the server that serves this page (same origin: no CORS, no address to configure).
import { createClient, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { apiKey } from "./apiKey";
import { ReportService, SiteService } from "./gen/docgen/v1/docgen_pb";

/** The key as it is when each call starts, so a key entered later applies to the next call. */
const bearer: Interceptor = next => request => {
  const key = apiKey();
  if (key !== "") request.header.set("authorization", `Bearer ${key}`);
  return next(request);
};

const transport = createGrpcWebTransport({ baseUrl: location.origin, useBinaryFormat: true, interceptors: [bearer] });

export const reports = createClient(ReportService, transport);
export const sites = createClient(SiteService, transport);
