/**
 * How many pages Astro renders at once (its `build.concurrency`). Rendering is single-threaded, but each page
 * also waits on its file being written; with several in flight the CPU is not idle meanwhile. The bench's
 * per-page times overlap by as much, which its report says.
 */
export const PAGES_IN_FLIGHT = 4;
