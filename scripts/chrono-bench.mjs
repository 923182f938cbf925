// chrono-node's Arabic parser on the article bodies scripts/bench-chrono
// writes, for the side-by-side of issue 8. Not part of tarikh: a yardstick.
//
//   node scripts/chrono-bench.mjs ARTICLES.jsonl [--modules DIR] [--passes 3]
//
// ARTICLES.jsonl holds one {"ref": "YYYY-MM-DD" | null, "text": "..."} per
// line. DIR is the --prefix chrono-node was installed with (default
// ~/.cache/tarikh-bench). Parses every text with chrono.ar.casual.parse(text,
// refDate), once to warm the JIT up and then `passes` times, and prints one
// JSON object: chrono-node's version, bytes (UTF-8), dates found, the first
// (cold) pass's seconds and the best pass's wall and CPU seconds.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

function parseArgs(argv) {
  const args = { file: null, modules: join(homedir(), ".cache", "tarikh-bench"), passes: 3 };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === "--modules") args.modules = argv[++i];
    else if (argv[i] === "--passes") args.passes = Number(argv[++i]);
    else args.file = argv[i];
  }
  if (!args.file || !(args.passes >= 1)) {
    console.error("usage: node chrono-bench.mjs ARTICLES.jsonl [--modules DIR] [--passes N]");
    process.exit(1);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const require = createRequire(join(args.modules, "package.json"));
const chrono = require("chrono-node");
const version = JSON.parse(readFileSync(join(args.modules, "node_modules", "chrono-node", "package.json"), "utf8")).version;
if (!chrono.ar || !chrono.ar.casual) {
  console.error(`chrono-bench: chrono-node ${version} has no Arabic locale (chrono.ar); 2.10.3 and later do`);
  process.exit(1);
}

const articles = readFileSync(args.file, "utf8")
  .split("\n")
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line))
  .map((a) => ({ text: a.text, ref: a.ref ? new Date(a.ref + "T12:00:00Z") : new Date("2022-01-12T12:00:00Z") }));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);

// Wall and CPU seconds of one pass over every article (CPU: user + system of
// the process, which on a shared machine is what the parsing itself cost).
function pass() {
  let dates = 0;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const a of articles) dates += chrono.ar.casual.parse(a.text, a.ref).length;
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6, dates };
}

const first = pass();
let best = first;
for (let i = 0; i < args.passes; ++i) {
  const p = pass();
  if (p.seconds < best.seconds) best = p;
}
console.log(JSON.stringify({
  chrono_version: version,
  articles: articles.length,
  bytes,
  dates: first.dates,
  cold_seconds: first.seconds,
  best_seconds: best.seconds,
  best_cpu_seconds: best.cpu,
}));
