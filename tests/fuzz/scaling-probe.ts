// Child process of scaling.test.ts: CPU seconds to extract a generated 256 KB and 2 MB document, as JSON.
// A separate process so that seconds of blocking work never stall the test runner.
import { extractDocument } from '../../extract/pipeline.js';
import { generateNews, type GenLang } from './generate.js';

const lang = (process.argv[2] ?? 'en') as GenLang;

function cpuSeconds(text: string): number {
  const before = process.cpuUsage();
  extractDocument({ id: 'generated', source: 'generated.txt', text });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

cpuSeconds(generateNews(4096, 1, lang)); // lexicons load once, outside the measure
const small = generateNews(256 * 1024, 2, lang);
// The smaller figure is the best of three runs: noise on a busy machine only ever adds time.
const small1 = Math.min(cpuSeconds(small), cpuSeconds(small), cpuSeconds(small));
const large = cpuSeconds(generateNews(2048 * 1024, 2, lang));
console.log(JSON.stringify({ lang, small: small1, large }));
