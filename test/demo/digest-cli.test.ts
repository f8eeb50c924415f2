import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run digest` as a maintainer runs it: the real script in a child process, on the demo organization. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => fs.rmSync(t, { recursive: true, force: true })));
const temp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-digest-cli-'));
  temps.push(dir);
  return dir;
};

function digest(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/digest.ts', ...args], { cwd: ROOT, env: { ...process.env, CHAPTERHOUSE_NOW: '2026-11-26T12:00:00Z', ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run digest', () => {
  it('explains itself with --help and refuses unknown flags and formats', () => {
    const help = digest(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--since <DATE>');
    expect(help.stdout).toContain('--format <text|md|html>');
    const unknown = digest(['--sinse', '2026-11-01']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown flag --sinse');
    expect(unknown.stderr).toContain('run "npm run digest -- --help"');
    expect(digest(['--format', 'pdf']).stderr).toContain('--format "pdf" is not one of text, md, html');
    expect(digest(['--lang', 'fr']).stderr).toContain('there is no language "fr" in content/site.yml');
    expect(digest(['--since', 'last week']).stderr).toContain('--since "last week" is not a date');
  });

  it('writes one language to stdout, progress to stderr', () => {
    const { status, stdout, stderr } = digest(['--since', '2026-11-16', '--until', '2026-11-23', '--lang', 'es', '--format', 'md']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Resumen del 16 de noviembre de 2026 al 22 de noviembre de 2026\n/);
    expect(stdout).toContain('- **[Lisboa: el día de nuestra limpieza mensual de playa](https://tidewater-commons.example.org/es/polls/lisbon-cleanup-day/)**');
    expect(stderr).toContain('Digest of 2026-11-16T00:00:00.000Z to 2026-11-23T00:00:00.000Z');
    expect(stderr).not.toContain('Resumen');
  });

  it('writes every language into files with --out, and the selection as JSON with --json', () => {
    const out = temp();
    expect(digest(['--since', '2026-11-09', '--until', '2026-11-16', '--format', 'html', '--out', out]).status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['digest-2026-11-16.en.html', 'digest-2026-11-16.es.html', 'digest-2026-11-16.ja.html']);
    expect(fs.readFileSync(path.join(out, 'digest-2026-11-16.ja.html'), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="ja" dir="ltr"><head>/);
    const json = JSON.parse(digest(['--since', '2026-11-09', '--until', '2026-11-16', '--json']).stdout);
    expect(json.decisions.map((d: { id: string }) => d.id)).toEqual(['campaign-2027']);
  });

  it('--record publishes a period once: whole days, starting where the last digest ended', () => {
    const content = temp();
    fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    const env = { CHAPTERHOUSE_CONTENT: content, CHAPTERHOUSE_NOW: '2026-11-30T03:05:00Z' };
    const first = digest(['--record'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(fs.readFileSync(path.join(content, 'digests', '2026-11-30.yml'), 'utf8')).toBe(
      '# Written by npm run digest -- --record: the period this digest covers (the end is not included).\nsince: 2026-11-23T00:00:00Z\nuntil: 2026-11-30T00:00:00Z\n',
    );
    // The weekly job retried the same day: nothing to do, and no failure.
    const again = digest(['--record'], env);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('is recorded already');
    // A period given by hand that ends on a recorded day is refused rather than rewritten.
    const clash = digest(['--record', '--since', '2026-11-20', '--until', '2026-11-30'], env);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain('digests/2026-11-30.yml exists already');
  });
});
