// The first page load's JS budget (issue 5: ≤ 400 kB gzipped): what index.html makes the browser fetch
// before the first screen — the entry script and every chunk it preloads — measured on the build output.
// Lazy routes (forms, the map, the calculator) are not counted: they load when a person opens them.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 400_000;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const files = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((m) => m[1]);

const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

console.log('first-load JS (index.html entry + modulepreload):');
for (const r of rows)
  console.log(`  ${r.file.padEnd(44)} ${kB(r.raw).padStart(10)}  gzip ${kB(r.gzip).padStart(9)}`);
console.log(`  ${'total'.padEnd(44)} ${kB(total.raw).padStart(10)}  gzip ${kB(total.gzip).padStart(9)}`);
writeFileSync(
  join(dist, 'first-load.json'),
  `${JSON.stringify({ ...total, budgetGzip: BUDGET_GZIP_BYTES, files: rows }, null, 2)}\n`,
);

if (total.gzip > BUDGET_GZIP_BYTES) {
  console.error(`first-load JS is ${kB(total.gzip)} gzipped, over the ${kB(BUDGET_GZIP_BYTES)} budget`);
  process.exit(1);
}
