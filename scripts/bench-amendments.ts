/**
 * `npm run bench:amendments [-- --sizes 1000,8000,32000,128000] [--json]`: how long one proposal's
 * amendment view takes to compute and render (both views, as its page does) for key documents of each
 * size, for an ordinary large proposal (`edits`) and for one that rewords every paragraph (`rewrite`).
 * Progress goes to stderr, the table (or --json) to stdout.
 */
import os from 'node:os';
import { progress, runCommand } from '../src/lib/cli/command.ts';
import { ChapterhouseError } from '../src/lib/errors.ts';
import { compareTexts } from '../src/lib/proposals/amendment.ts';
import { renderAmendment } from '../src/lib/proposals/render.ts';
import { benchDocument, PROPOSAL_SHAPES, type ProposalShape } from './bench/amendment-docs.ts';

const command = {
  name: 'npm run bench:amendments',
  summary:
    'time the amendment view (compare two versions, render the changes and the whole text) for synthetic key documents ' +
    'of about each number of words, for two proposals: "edits" (one block in ten touched, a section moved) and ' +
    '"rewrite" (every paragraph reworded). Progress on stderr, the table on stdout.',
  flags: {
    sizes: { type: 'string', value: 'N,N,…', description: 'document sizes in words (default 1000,8000,32000,128000)' },
    json: { type: 'boolean', description: 'print the figures as JSON on stdout' },
  },
  examples: ['npm run bench:amendments', 'npm run bench:amendments -- --sizes 1000,8000 --json'],
} as const;

interface Measured {
  /** Wall-clock time, and the CPU time this process spent (the same on a quiet machine; less when others share it). */
  ms: number;
  cpuMs: number;
  blocks: number;
  changed: number;
}
interface Figure extends Measured {
  words: number;
  shape: ProposalShape;
}

function measure(before: string, after: string): Measured {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const amendment = compareTexts(before, after, 'en');
  renderAmendment(amendment, { view: 'changes' });
  renderAmendment(amendment, { view: 'whole' });
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  return { ms, cpuMs: (used.user + used.system) / 1000, blocks: amendment.blocks.length, changed: amendment.blocks.filter((b) => b.op !== 'equal').length };
}

await runCommand(command, async ({ flags }) => {
  const sizes = (flags.sizes ?? '1000,8000,32000,128000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new ChapterhouseError('bad-flag', `--sizes must be whole numbers of words, at least 100`, 'pass e.g. --sizes 1000,8000');

  // Warm up the parser and the word breaker, so the first size is not charged for loading them.
  const warm = benchDocument(500);
  measure(warm.before, warm.after.edits);

  const figures: Figure[] = [];
  for (const size of sizes) {
    const doc = benchDocument(size);
    for (const shape of PROPOSAL_SHAPES) {
      progress(`${doc.words.toLocaleString('en')} words, ${shape}…`);
      // The fastest of three runs for the small sizes (less noise from a busy machine); one run for the largest.
      const runs = size <= 32_000 ? 3 : 1;
      const results = Array.from({ length: runs }, () => measure(doc.before, doc.after[shape]));
      const best = results.reduce((a, b) => (b.ms < a.ms ? b : a));
      figures.push({ words: doc.words, shape, ...best });
    }
  }

  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ figures: figures.map((f) => ({ ...f, ms: Math.round(f.ms), cpuMs: Math.round(f.cpuMs) })) }, null, 2)}\n`);
    return 0;
  }
  const rows = sizes.map((_, i) => {
    const [edits, rewrite] = [figures[i * 2]!, figures[i * 2 + 1]!];
    const cell = (f: Figure) => `${Math.round(f.ms)} ms (cpu ${Math.round(f.cpuMs)} ms), ${f.changed} changed`;
    return [edits.words.toLocaleString('en'), String(edits.blocks), cell(edits), cell(rewrite)];
  });
  const header = ['words', 'blocks', 'edits: time', 'rewrite: time'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  process.stdout.write([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), '', `(load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores: wall times grow when other work shares them)`, ''].join('\n'));
  return 0;
});
