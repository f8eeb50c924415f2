import { readChapters, readSite, readTagLabels } from '../../src/lib/content/load.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { readPolls } from '../../src/lib/polls/read-polls.ts';
import { effectiveStrings, readUiStrings, REFERENCE_LANGUAGE } from '../../src/i18n/ui-strings.ts';
import { localizedIn, type LocalizedText } from '../../src/schemas/index.ts';

/**
 * The English a page in `lang` must not show unmarked: every interface string whose text in `lang` is not the
 * English one (untranslated, or translated differently), and every data text (site, chapters, polls, tags)
 * whose English differs from what `lang` has. Short fragments ("Bristol", "RSS") are left out: they are names
 * that read the same in every language, or too short to tell English from a shared word.
 */
export const MIN_LENGTH = 12;

export function englishTexts(lang: string, root = contentRoot()): string[] {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const part of text.split(/\{\w+\}/)) {
      const clean = part.replace(/\s+/g, ' ').trim();
      if (clean.length >= MIN_LENGTH && clean.includes(' ')) out.add(clean);
    }
  };
  const english = effectiveStrings(REFERENCE_LANGUAGE, readUiStrings(REFERENCE_LANGUAGE, root));
  const own = effectiveStrings(lang, readUiStrings(lang, root));
  for (const [key, text] of Object.entries(english)) if (own[key] !== text) add(text);

  const site = readSite(root);
  const data = (text: LocalizedText | undefined) => {
    if (text === undefined) return;
    const en = localizedIn(text, REFERENCE_LANGUAGE, site.defaultLanguage);
    if (en.lang === REFERENCE_LANGUAGE && localizedIn(text, lang, site.defaultLanguage).text !== en.text) add(en.text);
  };
  [site.name, site.tagline, site.description].forEach(data);
  for (const chapter of readChapters(root).chapters.values()) [chapter.name, chapter.city, chapter.cadence, chapter.summary].forEach(data);
  for (const poll of readPolls(root).polls) [poll.data.title, poll.data.question, poll.data.summary, ...poll.data.options.map((o) => o.label)].forEach(data);
  Object.values(readTagLabels(root).tags).forEach(data);
  // A name that the language's own texts use as they are ("Tidewater Commons として採択しますか") is not a fallback.
  const written = [...Object.values(own), ...ownDataTexts(lang, root)];
  return [...out].filter((text) => !written.some((mine) => mine.includes(text)));
}

/** Every data text written in `lang` itself. */
function ownDataTexts(lang: string, root: string): string[] {
  const site = readSite(root);
  const texts: (LocalizedText | undefined)[] = [site.name, site.tagline, site.description];
  for (const c of readChapters(root).chapters.values()) texts.push(c.name, c.city, c.cadence, c.summary);
  for (const p of readPolls(root).polls) texts.push(p.data.title, p.data.question, p.data.summary, ...p.data.options.map((o) => o.label));
  texts.push(...Object.values(readTagLabels(root).tags));
  return texts.flatMap((t) => (t === undefined ? [] : [localizedIn(t, lang, site.defaultLanguage)]).filter((x) => x.lang === lang).map((x) => x.text));
}
