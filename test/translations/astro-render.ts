import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';

/**
 * Renders real .astro components in a test without a build: Astro's own Vite configuration compiles
 * them, and the container API (loaded through the same Vite server, so component and renderer share one
 * Astro runtime) turns them into HTML. Set CHAPTERHOUSE_CONTENT before calling to render another organization.
 */
export interface AstroRenderer {
  render(file: string, props?: Record<string, unknown>, slots?: Record<string, string>): Promise<string>;
  /** A page component, as its route would render with these params. */
  renderPage(file: string, params: Record<string, string>): Promise<string>;
  close(): Promise<void>;
}

export async function createAstroRenderer(): Promise<AstroRenderer> {
  const configFn = getViteConfig(
    { server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom', logLevel: 'silent' },
    { logLevel: 'silent' },
  );
  const config = await configFn({ command: 'serve', mode: 'test' });
  const server: ViteDevServer = await createServer({ ...config, configFile: false });
  const { experimental_AstroContainer } = (await server.ssrLoadModule('astro/container')) as typeof import('astro/container');
  const container = await experimental_AstroContainer.create();
  return {
    async render(file, props = {}, slots = {}) {
      const mod = (await server.ssrLoadModule(file)) as { default: Parameters<typeof container.renderToString>[0] };
      return container.renderToString(mod.default, { props, slots });
    },
    async renderPage(file, params) {
      const mod = (await server.ssrLoadModule(file)) as { default: Parameters<typeof container.renderToString>[0] };
      return container.renderToString(mod.default, { params, partial: false });
    },
    close: () => server.close(),
  };
}
