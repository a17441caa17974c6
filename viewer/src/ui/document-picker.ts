// A searchable document picker: type part of a title, a date or an id and choose among the first matches
// (a <select> of 16,000 documents is unusable).
import { normalizeForSearch } from '../search/normalize.js';
import { clear, h } from './dom.js';
import type { DocumentInfo } from '../types.js';

export interface DocumentPicker {
  element: HTMLElement;
  sync(doc: string | undefined): void;
}

const SHOWN = 12;

export function buildDocumentPicker(documents: Record<string, DocumentInfo>, choose: (doc: string | undefined) => void): DocumentPicker {
  const entries = Object.entries(documents)
    .map(([id, info]) => ({ id, label: `${info.date ?? '—'} · ${info.title ?? id}`, folded: normalizeForSearch(`${id} ${info.title ?? ''} ${info.date ?? ''}`) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const input = h('input', { id: 'document', dir: 'auto', attrs: { type: 'search', placeholder: `Search ${entries.length} documents…`, autocomplete: 'off', 'aria-label': 'Document' } });
  const list = h('ul', { id: 'document-results', className: 'picker', attrs: { role: 'listbox' } });
  list.hidden = true;
  const chosen = h('div', { className: 'small muted', id: 'document-chosen' });
  const clearButton = h('button', { className: 'link small', id: 'document-clear', attrs: { type: 'button' }, onClick: () => choose(undefined) }, 'all documents');

  const render = () => {
    clear(list);
    const query = normalizeForSearch(input.value);
    const hits = (query ? entries.filter((e) => e.folded.includes(query)) : entries).slice(0, SHOWN);
    for (const hit of hits) {
      const item = h('li', { dir: 'auto', attrs: { role: 'option', 'data-doc': hit.id } }, hit.label);
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        input.value = '';
        list.hidden = true;
        choose(hit.id);
      });
      list.append(item);
    }
    list.hidden = hits.length === 0;
  };
  input.addEventListener('input', render);
  input.addEventListener('focus', render);
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 100));

  return {
    element: h('div', { className: 'document-picker' }, input, list, chosen),
    sync(doc) {
      clear(chosen);
      if (doc && doc in documents) chosen.append(`${documents[doc]?.title ?? doc} `, clearButton);
    },
  };
}
