import { UsageError } from '../cli/command.ts';
import { ChapterhouseError } from '../errors.ts';

/**
 * `npm run screenshots`: what to photograph and where the pictures go, decided without a browser so the
 * choices can be tested. The script (scripts/screenshots.ts) loads the pages and takes the pictures.
 */
export const DEFAULT_WIDTHS = [360, 1280] as const;
export const DEFAULT_OUT = 'test-output/page-screenshots';
/** Chromium cannot capture taller images in one piece; longer pages are cut here (the JSON says so). */
export const MAX_HEIGHT = 16_000;

export interface ScreenshotOptions {
  out: string;
  langs: string[] | null;
  pages: string[] | null;
  widths: number[];
}

const list = (value: string | undefined) => (value === undefined ? null : value.split(',').map((v) => v.trim()).filter(Boolean));

/** The script's flags (parsed by src/lib/cli/) made into choices: lists split, widths checked, defaults filled. */
export function screenshotOptions(flags: { out?: string; lang?: string; page?: string; width?: string }): ScreenshotOptions {
  const widths = (list(flags.width) ?? DEFAULT_WIDTHS.map(String)).map((w) => {
    const n = Number(w);
    if (!Number.isInteger(n) || n < 200 || n > 3840) throw new UsageError(`--width ${w} is not a screen width: give whole pixels between 200 and 3840, e.g. --width 360,1280`);
    return n;
  });
  return { out: flags.out ?? DEFAULT_OUT, langs: list(flags.lang), pages: list(flags.page), widths };
}

/** Refuse names that are not there, naming the ones that are: a typo should not silently photograph nothing. */
export function pick<T extends string>(asked: readonly string[] | null, known: readonly T[], what: string, flag: string): T[] {
  if (asked === null) return [...known];
  const unknown = asked.filter((a) => !known.includes(a as T));
  if (unknown.length) {
    throw new ChapterhouseError('bad-arguments', `unknown ${what}: ${unknown.join(', ')}`, `use ${flag} with any of: ${known.join(', ')}`);
  }
  return known.filter((k) => asked.includes(k));
}

export interface Shot {
  lang: string;
  name: string;
  path: string;
  width: number;
  /** Relative to the output folder: `<lang>/<name>-<width>.png`. */
  file: string;
}

export interface TakenShot extends Shot {
  /** What the page measured at that width, in CSS pixels. */
  scrollWidth: number;
  scrollHeight: number;
  /** true when the page was taller than MAX_HEIGHT and the picture stops there. */
  cut: boolean;
}

export function shotFile(lang: string, name: string, width: number): string {
  return `${lang}/${name}-${width}.png`;
}

/** A page to review the pictures on: one row per kind of page, one column per language and width. */
export function contactSheet(shots: readonly TakenShot[], title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const names = [...new Set(shots.map((s) => s.name))];
  const columns = [...new Set(shots.map((s) => `${s.lang} ${s.width}`))];
  const rows = names.map((name) => {
    const cells = columns.map((column) => {
      const shot = shots.find((s) => `${s.lang} ${s.width}` === column && s.name === name);
      if (!shot) return '<td></td>';
      const wide = shot.scrollWidth > shot.width ? ` <strong>scrolls sideways: ${shot.scrollWidth} px</strong>` : '';
      const cut = shot.cut ? ' (cut)' : '';
      return `<td><a href="${esc(shot.file)}"><img src="${esc(shot.file)}" alt="${esc(`${name}, ${column} px`)}" loading="lazy"></a><br><small>${esc(shot.path)} · ${shot.scrollHeight} px tall${cut}${wide}</small></td>`;
    });
    return `<tr><th scope="row">${esc(name)}</th>${cells.join('')}</tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}td,th{vertical-align:top;border:1px solid #ccc;padding:4px}
img{width:180px;max-height:360px;object-fit:cover;object-position:top}th{text-align:start}</style></head>
<body><h1>${esc(title)}</h1><table><thead><tr><th></th>${columns.map((c) => `<th scope="col">${esc(c)} px</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></body></html>
`;
}
