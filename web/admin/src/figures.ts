// A figure as an editor types or pastes it: "1,200", "１２００" and " 12 " are 1200 and 12, as a
// spreadsheet reads them; anything else is refused with the reason, never dropped silently.
import type { FieldKind } from "./grid";

export type Reading = { readonly value: string | undefined } | { readonly refused: string };

const rules: Record<Exclude<FieldKind, "text">, [RegExp, string]> = {
  count: [/^\d{1,18}$/, "应为不小于 0 的整数"],
  signed: [/^-?\d{1,18}$/, "应为整数（可为负数）"],
  amount: [/^\d{1,15}(\.\d{1,4})?$/, "应为金额（万元），最多 4 位小数"],
};

/** Full-width digits and signs folded (NFKC), spaces and thousands separators dropped. */
export function normalise(text: string): string {
  return text.normalize("NFKC").replace(/[\s,，]/g, "").replace(/^[−－]/, "-");
}

export function readFigure(text: string, kind: Exclude<FieldKind, "text">): Reading {
  const plain = normalise(text);
  if (plain === "") return { value: undefined };
  const [pattern, expected] = rules[kind];
  return pattern.test(plain) ? { value: plain } : { refused: `无法读作数字：“${text.trim()}”，${expected}` };
}
