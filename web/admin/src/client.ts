// The typed gRPC-Web clients of the server that serves this page (same origin: no CORS, no address to configure).
import { Code, ConnectError, createClient, type Interceptor } from "@connectrpc/connect";
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

/** What the editor can do about a refusal of the key; the server's message follows it. */
const keyHints: Partial<Record<Code, string>> = {
  [Code.Unauthenticated]: "请在“API 密钥”中填写有效的密钥",
  [Code.PermissionDenied]: "此 API 密钥无权使用该网站，请换用该网站的密钥或选择其他网站",
};

/** True when the call was refused for its key (none, not valid, or not for this site). */
export function isKeyRefusal(e: unknown): boolean {
  return ConnectError.from(e).code in keyHints;
}

/** "INVALID_ARGUMENT: report.agency is …": the status and the server's message, which names the field. */
export function describeError(e: unknown): string {
  const error = ConnectError.from(e);
  const name = Code[error.code].replace(/[A-Z]/g, (c, i: number) => (i > 0 ? "_" : "") + c).toUpperCase();
  const hint = keyHints[error.code];
  return hint ? `${hint}。${name}: ${error.rawMessage}` : `${name}: ${error.rawMessage}`;
}
