import { describe, expect, it } from 'vitest';
import { renderBody } from './views.ts';

describe('the fake renders bodies as GitHub does for what the demo writes', () => {
  it('turns paragraphs, emphasis, strong text and code into HTML', () => {
    expect(renderBody('**Yes, adopt it**\n\nReact with 👍 to vote.\n\n_Edited: added a link._')).toBe(
      '<p dir="auto"><strong>Yes, adopt it</strong></p>\n<p dir="auto">React with 👍 to vote.</p>\n<p dir="auto"><em>Edited: added a link.</em></p>',
    );
    expect(renderBody('Run `npm test`, *then* push.\nThanks')).toBe('<p dir="auto">Run <code>npm test</code>, <em>then</em> push.<br>\nThanks</p>');
  });

  it('leaves snake_case words and lone stars alone, drops HTML comments and escapes markup', () => {
    expect(renderBody('<!-- poll-option: yes -->\nsnake_case_name and 2 * 3 * 4')).toBe('<p dir="auto">snake_case_name and 2 * 3 * 4</p>');
    expect(renderBody('<img src=x onerror=alert(1)> **<b>**')).toBe('<p dir="auto">&lt;img src=x onerror=alert(1)&gt; <strong>&lt;b&gt;</strong></p>');
  });
});
