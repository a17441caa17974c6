// One line describing a source document: title (linked when it has an http(s) URL), date and language.
import { bidi, h, safeLink } from './dom.js';
import type { DocumentInfo } from '../types.js';

export function documentLine(id: string, info: DocumentInfo | undefined): HTMLElement {
  const title = info?.title?.trim() || id;
  return h(
    'span',
    { className: 'doc' },
    safeLink(info?.url, title),
    info?.date ? h('span', { className: 'muted' }, ` · ${info.date}`) : null,
    info?.lang ? h('span', { className: 'muted' }, ` · ${info.lang}`) : null,
    title !== id ? h('span', { className: 'muted small', title: id }, ' · ', bidi(id)) : null,
  );
}
