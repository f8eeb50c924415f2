/** Every shape Chapterhouse reads or writes is defined once, here, and used by the site, the scripts and the tests. */
export * from './common.ts';
export * from './site.ts';
export * from './document.ts';
export * from './handbook.ts';
export * from './post.ts';
export * from './chapter.ts';
export * from './member.ts';
export * from './snapshot.ts';
export * from './glossary.ts';
export * from './poll.ts';
export * from './proposal.ts';
export * from './digest.ts';
export * from './demo.ts';
export * from './tag.ts';
