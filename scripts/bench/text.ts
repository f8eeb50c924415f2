import type { Random } from '../../test/fake-github/random.ts';

/**
 * Filler prose for synthetic pages and comments, in a few languages. The words are arbitrary; what matters
 * for a benchmark is that the Markdown has the usual shapes (headings, lists, links, emphasis) and a
 * realistic length. Only characters that are plain text in MDX (no braces, no angle brackets).
 */

const WORDS: Record<string, readonly string[]> = {
  en: [
    'shore', 'tide', 'chapter', 'members', 'meeting', 'dune', 'planting', 'survey', 'volunteers', 'harbour', 'season',
    'eelgrass', 'litter', 'count', 'partners', 'budget', 'minutes', 'agenda', 'safety', 'estuary', 'council', 'coast',
    'restore', 'monitor', 'welcome', 'decide', 'share', 'report', 'record', 'plan', 'together', 'local', 'open',
    'careful', 'weekly', 'first', 'small', 'steady', 'public', 'shared', 'the', 'a', 'of', 'and', 'for', 'with', 'on',
    'every', 'our', 'their', 'near', 'after', 'before', 'during', 'each', 'new', 'old', 'long', 'short', 'clear',
  ],
  es: [
    'costa', 'marea', 'capítulo', 'socias', 'reunión', 'duna', 'plantación', 'censo', 'voluntariado', 'puerto', 'temporada',
    'pradera', 'residuos', 'recuento', 'aliados', 'presupuesto', 'acta', 'orden', 'seguridad', 'estuario', 'consejo',
    'restaurar', 'vigilar', 'acoger', 'decidir', 'compartir', 'informe', 'registro', 'plan', 'juntas', 'local', 'abierto',
    'el', 'la', 'de', 'y', 'para', 'con', 'en', 'cada', 'nuestra', 'su', 'cerca', 'después', 'antes', 'nuevo', 'claro',
  ],
  ja: [
    '海岸', '潮', '支部', 'メンバー', '会合', '砂丘', '植栽', '調査', 'ボランティア', '港', '季節', 'アマモ', 'ごみ', '集計',
    '協力', '予算', '議事録', '議題', '安全', '河口', '評議会', '再生', '見守り', '歓迎', '決定', '共有', '報告', '記録',
    '計画', '地域', '公開', 'の', 'と', 'を', 'に', 'で', 'は', 'が', '毎週', '最初', '新しい',
  ],
  zh: [
    '海岸', '潮汐', '分会', '成员', '会议', '沙丘', '种植', '调查', '志愿者', '港口', '季节', '海草', '垃圾', '统计', '伙伴',
    '预算', '纪要', '议程', '安全', '河口', '理事会', '恢复', '监测', '欢迎', '决定', '分享', '报告', '记录', '计划', '本地',
    '的', '和', '在', '为', '每周', '第一', '新的', '公开',
  ],
  ar: [
    'الساحل', 'المد', 'الفرع', 'الأعضاء', 'الاجتماع', 'الكثبان', 'الزراعة', 'المسح', 'المتطوعون', 'الميناء', 'الموسم',
    'الأعشاب', 'النفايات', 'العد', 'الشركاء', 'الميزانية', 'المحضر', 'جدول', 'السلامة', 'المصب', 'المجلس', 'استعادة',
    'مراقبة', 'ترحيب', 'قرار', 'مشاركة', 'تقرير', 'سجل', 'خطة', 'معا', 'محلي', 'مفتوح', 'في', 'من', 'على', 'مع', 'كل',
  ],
};

/** Languages without a word list of their own reuse one of the same script: the build cost depends on the script and length, not the words. */
const SAME_SCRIPT: Record<string, string> = { ko: 'ja', he: 'ar' };
const wordsOf = (lang: string) => WORDS[lang] ?? WORDS[SAME_SCRIPT[lang] ?? 'en']!;
const CJK = new Set(['ja', 'zh', 'ko']);
const joiner = (lang: string) => (CJK.has(lang) ? '' : ' ');
const stop = (lang: string) => (CJK.has(lang) ? '。' : '.');

export function words(rnd: Random, lang: string, count: number): string {
  const bank = wordsOf(lang);
  return Array.from({ length: count }, () => rnd.pick(bank)).join(joiner(lang));
}

export function sentence(rnd: Random, lang: string): string {
  const text = words(rnd, lang, rnd.int(6, 16));
  return text.charAt(0).toUpperCase() + text.slice(1) + stop(lang);
}

export function paragraph(rnd: Random, lang: string, sentences = rnd.int(3, 6)): string {
  return Array.from({ length: sentences }, () => sentence(rnd, lang)).join(joiner(lang));
}

export function title(rnd: Random, lang: string, count = rnd.int(2, 5)): string {
  const text = words(rnd, lang, count);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An MDX page body of roughly 250 to 600 words: sections with headings, a list, a link, some emphasis; one page
 * in twenty is long (15 to 30 sections), as reference pages are.
 */
export function pageBody(rnd: Random, lang: string): string {
  const parts = [paragraph(rnd, lang)];
  const sections = rnd.next() < 0.05 ? rnd.int(15, 30) : rnd.int(2, 4);
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${title(rnd, lang)}`, paragraph(rnd, lang));
    if (rnd.next() < 0.5) parts.push(Array.from({ length: rnd.int(3, 5) }, () => `- ${words(rnd, lang, rnd.int(3, 8))}`).join('\n'));
    const link = `[${words(rnd, lang, 2)}](https://example.org/${rnd.int(1, 999)}/)`;
    parts.push(`${paragraph(rnd, lang, 2)} **${words(rnd, lang, 2)}** ${link}${stop(lang)}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** A discussion comment: one to three short paragraphs. */
export function commentBody(rnd: Random, lang: string): string {
  return Array.from({ length: rnd.int(1, 3) }, () => paragraph(rnd, lang, rnd.int(1, 3))).join('\n\n');
}
