// The fields the Kubernetes schema does not define, the way `kubectl apply --validate=strict`
// refuses them. kubernetes-models' validate() lets unknown fields through (its schemas allow
// additional properties), so a misspelt `readinesProbe` would pass; here the field names come
// from the models' TypeScript declarations, which list every field of every API type.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const shapes = new Map(); // declaration file → { fields: Map(name → type), imports: Map(type name → file) } or null

/** The declaration file of a kubernetes-models module, e.g. "kubernetes-models/apps/v1/Deployment". */
export function declarationOf(moduleName) {
  return fileURLToPath(import.meta.resolve(moduleName)).replace(/\.js$/, ".d.ts");
}

function shapeOf(file) {
  if (shapes.has(file)) return shapes.get(file);
  const text = readFileSync(file, "utf8");
  const imports = new Map();
  for (const [, names, from] of text.matchAll(/import \{([^}]+)\} from "([^"]+)";/g)) {
    const target = from.startsWith(".") ? resolve(dirname(file), from).replace(/\.js$/, ".d.ts") : declarationOf(from);
    for (const name of names.split(",").map((n) => n.trim())) imports.set(name, target);
  }
  const start = text.search(/export interface \w+(?: extends [^{]+)? \{/);
  if (start < 0) return shapes.set(file, null).get(file); // a type alias (quantity, int-or-string): a leaf
  const body = block(text.slice(text.indexOf("{", start))).replace(/\/\*\*[\s\S]*?\*\//g, "");
  const fields = new Map();
  for (let i = 0; i < body.length; ) {
    const m = /"([^"]+)"\??:\s*/y;
    m.lastIndex = i;
    const found = m.exec(body);
    if (!found) { i++; continue; }
    const type = typeAt(body, m.lastIndex);
    fields.set(found[1], type.trim());
    i = m.lastIndex + type.length;
  }
  return shapes.set(file, { fields, imports }).get(file);
}

/** The text of a brace block without its outer braces. */
function block(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(1, i);
  }
  throw new Error("unbalanced declaration");
}

/** A property's type: up to the ';' outside braces and angle brackets. */
function typeAt(text, from) {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if ("{<".includes(text[i])) depth++;
    else if ("}>".includes(text[i])) depth--;
    else if (text[i] === ";" && depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

function check(value, type, shape, path, found) {
  if (value === null || typeof value !== "object") return;
  const array = /^Array<(.+)>$/s.exec(type);
  if (array) return value.forEach((v, i) => check(v, array[1].trim(), shape, `${path}[${i}]`, found));
  const map = /^\{\s*\[key: string\]:\s*(.+?);?\s*\}$/s.exec(type);
  if (map) return Object.entries(value).forEach(([k, v]) => check(v, map[1].trim(), shape, `${path}.${k}`, found));
  const file = shape.imports.get(type);
  if (file) walk(value, file, path, found);
}

function walk(object, file, path, found) {
  const shape = shapeOf(file);
  if (!shape || Array.isArray(object)) return;
  for (const [name, value] of Object.entries(object)) {
    if (!shape.fields.has(name)) found.push(`${path}.${name}`);
    else check(value, shape.fields.get(name), shape, `${path}.${name}`, found);
  }
}

/** Paths of the fields in `object` that its model (a kubernetes-models module name) does not define. */
export function unknownFields(object, moduleName) {
  const found = [];
  walk(object, declarationOf(moduleName), object.kind ?? "", found);
  return found;
}
