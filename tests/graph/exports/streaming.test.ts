// Exports stream: rows are produced only as fast as the destination takes them, so output never
// accumulates in memory, whatever the graph size.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { batch, pipeStreamed } from '../../../graph/exports/sink.js';
import { gexfPieces } from '../../../graph/exports/gexf.js';
import { loadFixture } from './fixture.js';

/** A destination that takes one chunk at a time, slowly, and remembers how far the source had got. */
function slowSink(pulled: () => number, seen: number[]): Writable {
  return new Writable({
    highWaterMark: 4,
    objectMode: true,
    write(_chunk, _encoding, done) {
      seen.push(pulled());
      setTimeout(done, 1);
    },
  });
}

describe('streaming writers', () => {
  it('pulls rows lazily under backpressure', async () => {
    let produced = 0;
    function* rows(): Generator<string> {
      for (let i = 0; i < 200; i++) {
        produced++;
        yield `row ${i}\n`;
      }
    }
    const seen: number[] = [];
    await pipeStreamed(rows(), slowSink(() => produced, seen));
    expect(seen).toHaveLength(200);
    // When the first chunk is written, only a buffer's worth of rows has been produced.
    expect(seen[0]!).toBeLessThan(40);
    expect(seen[100]!).toBeLessThan(150);
  });

  it('batches small pieces into bounded chunks', () => {
    const chunks = [...batch(['ab', 'cd', 'ef', 'g'], 4)];
    expect(chunks).toEqual(['abcd', 'efg']);
  });

  it('XML writers are generators: the document is never built as one string', async () => {
    const graph = await loadFixture();
    const pieces = gexfPieces(graph);
    const first = pieces.next();
    expect(first.value).toMatch(/^<\?xml/);
    expect([...pieces].length).toBeGreaterThan(graph.order + graph.size);
  });
});
