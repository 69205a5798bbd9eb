// Asks a running `ntm serve` for live answers and writes each JSON document to its own file, named by the schema
// it must satisfy: <out>/<schema>--<name>.json. Usage: node contract-live.mjs PORT OUTDIR
import { readFileSync, writeFileSync } from "node:fs";

const [port, out] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const file = (p) => readFileSync(p, "utf8");
const minhTien = file("examples/huu-lung/minh-tien.json");
const quyetThang = file("examples/huu-lung/quyet-thang.json");

async function call(method, path, body, contentType = "application/json") {
  const r = await fetch(base + path, { method, body, headers: body === undefined ? {} : { "Content-Type": contentType } });
  return { status: r.status, json: await r.json() };
}

function save(schema, name, doc) {
  writeFileSync(`${out}/${schema}--${name}.json`, JSON.stringify(doc, null, 2));
}

const checks = [
  ["single", () => call("POST", "/v1/evaluations", minhTien), 200, (d) => save("result", "http-single", d)],
  ["batch", () => call("POST", "/v1/evaluations", `[${minhTien}, {"format": "ntm-assessment/1"}, ${quyetThang}]`), 200,
    (d) => d.forEach((x, i) => save(x.format === "ntm-error/1" ? "error" : "result", `http-batch-${i}`, x))],
  ["bad", () => call("POST", "/v1/evaluations", minhTien.replace('"3.1": 83.5', '"3.1": 150')), 400, (d) => save("error", "http-bad", d)],
  ["415", () => call("POST", "/v1/evaluations", minhTien, "text/plain"), 415, (d) => save("error", "http-415", d)],
  ["404", () => call("GET", "/v1/nothing"), 404, (d) => save("error", "http-404", d)],
  ["405", () => call("GET", "/v1/evaluations"), 405, (d) => save("error", "http-405", d)],
  ["district", () => call("POST", "/v1/district-reports", `{"assessments": [${minhTien}, ${quyetThang}]}`), 200,
    (d) => save("district-report", "http", d)],
  ["openapi", () => call("GET", "/v1/openapi.json"), 200, (d) => writeFileSync(`${out}/openapi.json`, JSON.stringify(d, null, 2))],
];
let failed = 0;
for (const [name, run, status, keep] of checks) {
  const r = await run();
  if (r.status !== status) {
    console.error(`contract: ${name}: status ${r.status}, expected ${status}`);
    failed++;
  }
  keep(r.json);
}
process.exit(failed ? 1 : 0);
