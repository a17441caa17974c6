// Extraction benchmark: `tafahum build` (compiled CLI, child processes) on the news corpus of
// ../shared/corpus (Arabic and English) and the project's French text, in one run: throughput with the
// default threads and with one, cold build and warm rebuild times, true peak memory, and compromise's
// nlp(text) on the same English text. Prints a table and writes out/bench/results.json.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HELP = `npm run bench [-- options]

Builds ../shared/corpus (news-ar.jsonl, news-en.jsonl) and the project's French text with the CLI and
reports input_mb, docs, mb_per_s, mb_per_s_1_worker, cold_build_s, warm_rebuild_s, peak_rss_mb,
compromise_mb_per_s, ratio_vs_compromise, ner_mb_per_s_per_core.

  --limit-mb <n>     use the first n MB of the corpus (shared by language in proportion); default: all
  --ratio-mb <n>     English text for the comparison with compromise (default 2)
  --results <file>   where to write the JSON (default out/bench/results.json)
  --help             this help
`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/tafahum.mjs');
const CORPUS = resolve(process.env.TAFAHUM_SHARED ?? join(ROOT, '..', 'shared'), 'corpus');

const OPTIONS = { 'limit-mb': { type: 'string' }, 'ratio-mb': { type: 'string', default: '2' }, results: { type: 'string' }, help: { type: 'boolean' } } as const;
function options() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
}
const values = options();
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const limitMb = values['limit-mb'] === undefined ? Infinity : Number(values['limit-mb']);
const ratioMb = Number(values['ratio-mb']);
if (!(limitMb > 0) || !(ratioMb > 0)) {
  process.stderr.write(`bench: --limit-mb and --ratio-mb take a positive number\n`);
  process.exit(2);
}
const resultsPath = resolve(values.results ?? join(ROOT, 'out/bench/results.json'));

const temp = mkdtempSync(join(tmpdir(), 'tafahum-bench-'));
const cleanUp = () => rmSync(temp, { recursive: true, force: true });
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

/** The first `bytes` of a JSONL file, cut at a line end (the file itself when it is smaller). */
async function head(file: string, bytes: number, name: string): Promise<string> {
  if (statSync(file).size <= bytes) return file;
  const out = join(temp, name);
  const sink = createWriteStream(out);
  let written = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const size = Buffer.byteLength(line) + 1;
    if (written + size > bytes) break;
    if (!sink.write(line + '\n')) await once(sink, 'drain');
    written += size;
  }
  sink.end();
  await once(sink, 'finish');
  return out;
}

/** The team's French articles (annotations/ner/fr.jsonl) as build input. */
function frenchInput(): string | undefined {
  const source = join(ROOT, 'annotations/ner/fr.jsonl');
  if (!existsSync(source)) return undefined;
  const out = join(temp, 'fr.jsonl');
  const lines = readFileSync(source, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { doc: string; text: string });
  writeFileSync(out, lines.map((d) => JSON.stringify({ id: d.doc, text: d.text, lang: 'fr' })).join('\n') + '\n');
  return out;
}

interface Run {
  seconds: number;
  /** CPU time of the whole child, every thread (user + system): robust when the machine is shared. */
  cpuSeconds: number;
  peakRssMb: number;
  documents: number;
}

/** One CLI build in a child process; its true peak resident size comes from the child itself. */
function build(inputs: string[], out: string, flags: string[]): Run {
  const probe = join(temp, 'rss-probe.mjs');
  const rssFile = join(temp, `rss-${Date.now()}`);
  // maxRSS covers the whole process, worker threads included (kilobytes).
  writeFileSync(probe, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.TAFAHUM_RSS_FILE, JSON.stringify([u.maxRSS, (u.userCPUTime + u.systemCPUTime) / 1e6])); });\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', probe, BIN, 'build', ...inputs, '--out', out, '--json', ...flags], {
    encoding: 'utf8',
    env: { ...process.env, TAFAHUM_RSS_FILE: rssFile },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed (${run.status}): ${run.stderr}`);
  const summary = JSON.parse(run.stdout) as { documents: number };
  const [maxRss, cpuSeconds] = JSON.parse(readFileSync(rssFile, 'utf8')) as [number, number];
  return { seconds, cpuSeconds, peakRssMb: maxRss / 1024, documents: summary.documents };
}

/** compromise's people, places and organisations over the same English documents, in this process. */
async function compromiseRate(file: string): Promise<{ wall: number; cpu: number }> {
  const nlp = (await import('compromise')).default;
  const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const used = process.cpuUsage(cpu);
  return { wall: mb(file) / ((performance.now() - started) / 1000), cpu: mb(file) / ((used.user + used.system) / 1e6) };
}

/** The learned tagger alone (one thread), when the NER models exist; null otherwise. */
async function nerRate(files: Array<{ lang: 'ar' | 'en' | 'fr'; file: string }>): Promise<number | null> {
  try {
    const { loadNerModel } = await import('../extract/ner/load.js');
    const { NerTagger } = await import('../extract/ner/tagger.js');
    let bytes = 0;
    let seconds = 0;
    for (const { lang, file } of files) {
      const model = loadNerModel(lang);
      if (!model) continue;
      const tagger = new NerTagger(model);
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 2000);
      const texts = lines.flatMap((l) => (JSON.parse(l) as { text: string }).text.split('\n')).filter((t) => t.trim());
      const started = performance.now();
      for (const text of texts) tagger.tag({ text, start: 0, end: text.length });
      seconds += (performance.now() - started) / 1000;
      bytes += texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    }
    return seconds > 0 ? bytes / 1e6 / seconds : null;
  } catch {
    return null;
  }
}

const mb = (file: string) => statSync(file).size / 1e6;
const round = (x: number | null, digits = 2) => (x === null ? null : Number(x.toFixed(digits)));

try {
  const languages: Array<{ lang: 'ar' | 'en' | 'fr'; file: string }> = [];
  const full = (['ar', 'en'] as const).map((lang) => ({ lang, file: join(CORPUS, `news-${lang}.jsonl`) })).filter((x) => existsSync(x.file));
  if (full.length === 0) process.stderr.write(`bench: ${CORPUS} not found; only the French text is measured\n`);
  const corpusMb = full.reduce((n, x) => n + mb(x.file), 0);
  for (const x of full) languages.push({ lang: x.lang, file: await head(x.file, (Math.min(limitMb, corpusMb) * mb(x.file) * 1e6) / corpusMb, `${x.lang}.jsonl`) });
  const french = frenchInput();
  if (french) languages.push({ lang: 'fr', file: french });
  const inputs = languages.map((x) => x.file);
  const inputMb = inputs.reduce((n, f) => n + mb(f), 0);

  process.stderr.write(`bench: ${inputMb.toFixed(1)} MB (${languages.map((x) => `${x.lang} ${mb(x.file).toFixed(1)}`).join(', ')}); building…\n`);
  const out = join(temp, 'out');
  const cache = join(temp, 'cache');
  const cold = build(inputs, out, ['--cache', cache]);
  const warm = build(inputs, out, ['--cache', cache]);
  const single = build(inputs, join(temp, 'out-1'), ['--workers', '0', '--no-cache']);

  const english = languages.find((x) => x.lang === 'en');
  let ours: { wall: number; cpu: number } | null = null;
  let theirs: { wall: number; cpu: number } | null = null;
  if (english) {
    const sample = await head(english.file, ratioMb * 1e6, 'en-ratio.jsonl');
    process.stderr.write(`bench: ${mb(sample).toFixed(1)} MB of English through tafahum and compromise…\n`);
    const run = build([sample], join(temp, 'out-en'), ['--no-cache']);
    ours = { wall: mb(sample) / run.seconds, cpu: mb(sample) / run.cpuSeconds };
    theirs = await compromiseRate(sample);
  }
  const ner = await nerRate(languages);

  const results = {
    input_mb: round(inputMb),
    docs: cold.documents,
    mb_per_s: round(inputMb / cold.seconds),
    mb_per_s_1_worker: round(inputMb / single.seconds),
    mb_per_cpu_s: round(inputMb / cold.cpuSeconds),
    mb_per_cpu_s_1_worker: round(inputMb / single.cpuSeconds),
    cold_build_s: round(cold.seconds),
    warm_rebuild_s: round(warm.seconds),
    warm_speedup: round(cold.seconds / warm.seconds, 1),
    peak_rss_mb: round(Math.max(cold.peakRssMb, single.peakRssMb), 0),
    english_mb_per_s: round(ours?.wall ?? null),
    compromise_mb_per_s: round(theirs?.wall ?? null, 3),
    ratio_vs_compromise: ours && theirs ? round(ours.wall / theirs.wall, 1) : null,
    ratio_vs_compromise_cpu: ours && theirs ? round(ours.cpu / theirs.cpu, 1) : null,
    ner_mb_per_s_per_core: round(ner),
    inputs: Object.fromEntries(languages.map((x) => [x.lang, round(mb(x.file))])),
    cores: (await import('node:os')).availableParallelism(),
    load_average: (await import('node:os')).loadavg().map((l) => round(l, 1)),
    date: new Date().toISOString(),
  };
  mkdirSync(dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
  const rows: Array<[string, unknown]> = Object.entries(results).filter(([k]) => !['inputs', 'load_average', 'date'].includes(k));
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(rows.map(([k, v]) => `${k.padEnd(width)}  ${v === null ? '—' : String(v)}`).join('\n') + `\n(load average ${results.load_average.join(' ')}; written to ${resultsPath})\n`);
} finally {
  cleanUp();
}
