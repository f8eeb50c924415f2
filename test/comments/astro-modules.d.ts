// tsc cannot read .astro files; Astro's own checker (astro check) can. This lets the component tests,
// which import Thread.astro for Astro's container API, typecheck with plain tsc.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
