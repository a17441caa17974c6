// The search box: suggestions as you type (names and aliases, any script); Enter or a click chooses one.
import { h, bidi, clear } from './dom.js';
import { nodeColor } from '../appearance/palette.js';
import type { SearchIndex } from '../search/index.js';
import type { ViewerGraph } from '../types.js';

export function buildSearchBox(input: HTMLInputElement, list: HTMLElement, graph: ViewerGraph, index: SearchIndex, choose: (node: string) => void): void {
  let hits: string[] = [];
  let active = 0;

  const close = () => {
    clear(list);
    list.hidden = true;
    hits = [];
  };

  const render = () => {
    clear(list);
    const results = index.search(input.value, 10);
    hits = results.map((r) => r.node);
    active = 0;
    list.hidden = results.length === 0;
    results.forEach((result, i) => {
      const a = graph.getNodeAttributes(result.node);
      const item = h(
        'li',
        { className: i === active ? 'active' : undefined, attrs: { role: 'option', 'data-node': result.node } },
        h('span', { className: 'swatch dot' }),
        bidi(a.name, 'name'),
        result.matched !== a.name ? h('span', { className: 'muted small' }, ' ', bidi(result.matched)) : null,
        h('span', { className: 'muted small type' }, a.type),
      );
      item.querySelector<HTMLElement>('.swatch')?.style.setProperty('--swatch', nodeColor(a.type));
      // mousedown, not click: the input's blur would close the list before the click lands.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(result.node);
      });
      list.append(item);
    });
  };

  const pick = (node: string) => {
    input.value = graph.getNodeAttribute(node, 'name');
    close();
    choose(node);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => input.value && render());
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      [...list.children].forEach((child, i) => child.classList.toggle('active', i === active));
    } else if (event.key === 'Enter') {
      if (hits.length === 0) render();
      const node = hits[active];
      if (node) pick(node);
    } else if (event.key === 'Escape') {
      close();
    }
  });
}
