import { describe, expect, it } from 'vitest';
import { sharedRender, usesById } from './shared-render.ts';

describe('sharedRender', () => {
  it('renders an entry shown by several pages once, and hands every page the same HTML', async () => {
    let renders = 0;
    const render = async () => `<p>render ${++renders}</p>`;
    const pages = await Promise.all([1, 2, 3].map(() => sharedRender('blog/a', 3, render)));
    expect(pages).toEqual(['<p>render 1</p>', '<p>render 1</p>', '<p>render 1</p>']);
    expect(renders).toBe(1);
  });

  it('forgets the HTML once the last page took it', async () => {
    let renders = 0;
    const render = async () => `<p>${++renders}</p>`;
    await sharedRender('blog/b', 2, render);
    await sharedRender('blog/b', 2, render);
    // A third page would be a miscount; it gets a render of its own rather than nothing.
    expect(await sharedRender('blog/b', 2, render)).toBe('<p>2</p>');
  });

  it('renders in place what only one page shows', async () => {
    let renders = 0;
    const render = async () => `<p>${++renders}</p>`;
    expect([await sharedRender('blog/c', 1, render), await sharedRender('blog/c', 1, render)]).toEqual(['<p>1</p>', '<p>2</p>']);
  });

  it('keeps entries apart', async () => {
    expect([await sharedRender('x', 2, async () => 'x'), await sharedRender('y', 2, async () => 'y'), await sharedRender('x', 2, async () => 'other')]).toEqual(['x', 'y', 'x']);
  });
});

it('usesById counts the pages that show each entry', () => {
  const en = { id: 'en/blog/a' };
  expect(usesById([{ entry: en }, { entry: en }, { entry: { id: 'es/blog/a' } }])).toEqual(new Map([['en/blog/a', 2], ['es/blog/a', 1]]));
});
