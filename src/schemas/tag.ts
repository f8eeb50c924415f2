import { z } from 'zod';
import { localizedText, slug } from './common.ts';

/**
 * `content/tags.yml`: how a blog tag reads in each language. Posts name tags by slug (`field-days`); the slug
 * stays the address, the label is what readers see: `field-days: {en: Field days, es: Jornadas de campo}`.
 * A tag without an entry shows its slug.
 */
export const tagLabelsSchema = z.record(slug, localizedText);
export type TagLabels = z.infer<typeof tagLabelsSchema>;
