// Tiny DOM builder. Data only ever reaches the page through textContent and safe attributes, never innerHTML.

type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  title?: string;
  /** "auto" lets the browser pick the direction per string: Arabic names render right-to-left. */
  dir?: 'auto' | 'ltr' | 'rtl';
  attrs?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.title) element.title = props.title;
  if (props.dir) element.dir = props.dir;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  const onClick = props.onClick;
  if (onClick) element.addEventListener('click', (event) => onClick(event as MouseEvent));
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Text in its own direction-isolated span, for names and quotes that may be Arabic. */
export function bidi(text: string, className?: string): HTMLSpanElement {
  return h('span', { dir: 'auto', className }, text);
}

/** A link to a document, only for http(s) URLs: a `javascript:` URL in the data must not become clickable. */
export function safeLink(url: string | undefined, text: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    return h('a', { dir: 'auto', attrs: { href: url, target: '_blank', rel: 'noopener noreferrer nofollow' } }, text);
  }
  return bidi(text);
}

export function clear(element: Element): void {
  element.replaceChildren();
}
