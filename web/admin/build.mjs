// Bundles the admin page into dist/: admin.js from src/main.ts (with the generated client), and the static files.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");
cpSync("static", "dist", { recursive: true });
await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  minify: true,
  sourcemap: false, // the served bundle carries no source map (issue 24)
  format: "esm",
  target: ["es2022"],
  outfile: "dist/admin.js",
  logLevel: "warning",
});
