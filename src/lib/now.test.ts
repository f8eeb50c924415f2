import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentTime, demoClock } from './now.ts';

const demo = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-clock-'));
fs.writeFileSync(path.join(demo, 'demo.yml'), 'clock: 2026-11-26T12:00:00Z\n');
const real = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-clock-'));
afterAll(() => [demo, real].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the clock', () => {
  it('is the demo\'s own in the demo organization, whatever the real date', () => {
    expect(currentTime({}, demo).toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(demoClock({}, demo)?.toISOString()).toBe('2026-11-26T12:00:00.000Z');
  });

  it('is real time for a real organization', () => {
    const before = Date.now();
    const now = currentTime({}, real).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(demoClock({}, real)).toBeNull();
  });

  it('is pinned by CHAPTERHOUSE_NOW, even in the demo, and refuses a pin that is not a time', () => {
    expect(currentTime({ CHAPTERHOUSE_NOW: '2027-01-01T00:00:00Z' }, demo).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(demoClock({ CHAPTERHOUSE_NOW: '2027-01-01T00:00:00Z' }, demo)).toBeNull();
    expect(() => currentTime({ CHAPTERHOUSE_NOW: 'tomorrow' }, real)).toThrow(/CHAPTERHOUSE_NOW="tomorrow" is not a timestamp/);
  });
});
