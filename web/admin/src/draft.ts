// The RenderRequest being edited, kept as its protobuf JSON (what `docgen batch` and a CMS read),
// addressed by the contract's field paths ("applications.new_received.total") that the layout and
// the findings use.
import { fromJson, toJson, type JsonObject, type JsonValue } from "@bufbuild/protobuf";
import { AnnualReportSchema, RenderRequestSchema, type AnnualReport, type RenderRequest } from "./gen/docgen/v1/docgen_pb";

/** The protobuf JSON name of a proto field name: new_received → newReceived, active_disclosure_2021 → activeDisclosure2021. */
export function jsonName(protoName: string): string {
  return protoName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function segments(path: string): string[] {
  return path.split(".").map(s => (/^\d+$/.test(s) ? s : jsonName(s)));
}

/** The value at a field path of a protobuf JSON object, as text; undefined when absent. */
export function readPath(json: JsonValue | undefined, path: string): string | undefined {
  let node: JsonValue | undefined = json;
  for (const name of segments(path)) {
    if (node === null || typeof node !== "object") return undefined;
    node = Array.isArray(node) ? node[Number(name)] : node[name];
  }
  return node === undefined || node === null || typeof node === "object" ? undefined : String(node);
}

export class Draft {
  private constructor(private readonly json: JsonObject) {}

  static empty(siteCode: string, year: number): Draft {
    return new Draft({ siteCode, report: { year } });
  }

  /** A RenderRequest JSON file; throws with the parser's message when it is not one. */
  static parse(text: string): Draft {
    const request = fromJson(RenderRequestSchema, JSON.parse(text) as JsonValue);
    return new Draft(toJson(RenderRequestSchema, request) as JsonObject);
  }

  get siteCode(): string { return (this.json.siteCode as string | undefined) ?? ""; }
  set siteCode(value: string) { this.json.siteCode = value; }

  private get reportJson(): JsonObject {
    return (this.json.report ??= {}) as JsonObject;
  }

  /** A report field, e.g. get("applications.new_received.total"). */
  get(path: string): string | undefined {
    return readPath(this.reportJson, path);
  }

  /** Sets a report field; undefined removes it, and the messages left empty on the way (an empty （七）总计 is then computed again). */
  set(path: string, value: string | number | undefined): void {
    const names = segments(path);
    const trail: [JsonObject | JsonValue[], string][] = [];
    let node: JsonObject | JsonValue[] = this.reportJson;
    for (const name of names.slice(0, -1)) {
      trail.push([node, name]);
      const next: JsonValue | undefined = Array.isArray(node) ? node[Number(name)] : node[name];
      if (next !== null && typeof next === "object") {
        node = next;
      } else if (value === undefined) {
        return;
      } else {
        const created: JsonObject = {};
        if (Array.isArray(node)) node[Number(name)] = created; else node[name] = created;
        node = created;
      }
    }
    const last = names[names.length - 1];
    if (value !== undefined) {
      if (Array.isArray(node)) node[Number(last)] = value; else node[last] = value;
      return;
    }
    if (!Array.isArray(node)) delete node[last];
    for (const [parent, name] of trail.reverse()) {
      const child = Array.isArray(parent) ? parent[Number(name)] : parent[name];
      if (Array.isArray(parent) || child === null || typeof child !== "object" || Array.isArray(child) || Object.keys(child).length > 0) break;
      delete parent[name];
    }
  }

  /** Nothing typed yet: no field but the year (and the site) set. */
  get isBlank(): boolean {
    return Object.keys(this.reportJson).every(name => name === "year");
  }

  /** The legacy report's own sections (LEGACY_2008). */
  get sectionCount(): number {
    const sections = this.reportJson.sections;
    return Array.isArray(sections) ? sections.length : 0;
  }

  addSection(): void {
    const sections = (this.reportJson.sections ??= []) as JsonValue[];
    sections.push({ heading: "", body: { text: "" } });
  }

  report(): AnnualReport {
    return fromJson(AnnualReportSchema, this.reportJson);
  }

  request(): RenderRequest {
    return fromJson(RenderRequestSchema, this.json);
  }

  /** The request as protobuf JSON, as `docgen batch` reads it. */
  export(): string {
    return JSON.stringify(toJson(RenderRequestSchema, this.request()), null, 2) + "\n";
  }
}
