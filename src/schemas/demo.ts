import { z } from 'zod';
import { timestamp } from './common.ts';

/**
 * `content/demo.yml`: present only in Chapterhouse's demo organization (`npm run init` removes it). Its
 * presence is how the site, the scripts and the test suite tell the demo from a real organization.
 */
export const demoSchema = z.strictObject({
  /**
   * The demo's clock: the demo is always shown as it stood at this moment, so whoever builds it, whenever,
   * sees every poll state (open, upcoming, decided, without quorum). A real organization runs on real time.
   */
  clock: timestamp,
});
export type DemoSettings = z.infer<typeof demoSchema>;
