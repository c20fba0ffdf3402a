// A refused or failed call in the editor's words. The server's own text (English, naming the field)
// is kept only for the 详情 toggle, for whoever maintains the service.
import { Code, ConnectError } from "@connectrpc/connect";

export interface Problem {
  /** What happened and what to do, in Chinese. */
  readonly message: string;
  /** The status and the server's message, for 详情. */
  readonly detail: string;
  /** The key was refused (none, not valid, or not for this site). */
  readonly keyRefused: boolean;
}

const messages: Record<Code, string> = {
  [Code.Canceled]: "操作已取消，请重试。",
  [Code.Unknown]: "服务出现未知错误，请稍后重试。",
  [Code.InvalidArgument]: "服务无法处理这份草稿：其中有不符合国家格式要求的内容，请检查后重试。",
  [Code.DeadlineExceeded]: "服务响应超时，请稍后重试。",
  [Code.NotFound]: "服务中找不到所选的网站或内容，请重新选择网站。",
  [Code.AlreadyExists]: "内容已存在。",
  [Code.PermissionDenied]: "此 API 密钥无权使用所选网站。请在顶部“密钥”中换用该网站的密钥，或在“网站”中选择其他网站。",
  [Code.ResourceExhausted]: "服务繁忙或草稿过大，请稍后重试。",
  [Code.FailedPrecondition]: "服务暂时无法处理这份草稿，请稍后重试。",
  [Code.Aborted]: "操作被中断，请重试。",
  [Code.OutOfRange]: "草稿中有超出允许范围的数值，请检查后重试。",
  [Code.Unimplemented]: "服务不支持此操作。",
  [Code.Internal]: "服务内部出错，请稍后重试；若一再出现，请联系管理员。",
  [Code.Unavailable]: "无法连接服务，请检查网络后重试。",
  [Code.DataLoss]: "服务内部出错，请联系管理员。",
  [Code.Unauthenticated]: "此服务需要 API 密钥：请在顶部“密钥”中填写有效的密钥。",
};

export function problemOf(e: unknown): Problem {
  const error = ConnectError.from(e);
  const status = Code[error.code].replace(/[A-Z]/g, (c, i: number) => (i > 0 ? "_" : "") + c).toUpperCase();
  return {
    message: messages[error.code] ?? messages[Code.Unknown],
    detail: `${status}: ${error.rawMessage}`,
    keyRefused: error.code === Code.Unauthenticated || error.code === Code.PermissionDenied,
  };
}
