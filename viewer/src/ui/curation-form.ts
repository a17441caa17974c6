// "Mark as wrong…": a small form (reason, your name) under a node or a relation; on save the decision goes to
// the server and the view reloads with it applied. Shown only when the server can save decisions.
import { rememberedCurator, sendDecision, type CurationTarget } from '../curation/client.js';
import { h } from './dom.js';

/** `target` is read on save, so a choice inside the form (`extra`, e.g. which name) can shape it. */
export function curationForm(label: string, target: () => CurationTarget, onSaved: () => void, extra?: HTMLElement): HTMLElement {
  const why = h('input', { className: 'curation-why', attrs: { type: 'text', placeholder: 'Why is it wrong?', maxlength: '500', 'aria-label': 'Reason' } });
  const who = h('input', { className: 'curation-who', attrs: { type: 'text', placeholder: 'Your name', maxlength: '100', 'aria-label': 'Your name' } });
  who.value = rememberedCurator();
  const message = h('span', { className: 'small muted curation-message' });
  const save = h('button', { className: 'secondary small curation-save', attrs: { type: 'button' } }, 'Save');
  const form = h('div', { className: 'curation-form' }, extra ?? null, why, who, save, message);
  form.hidden = true;
  const open = h('button', { className: 'link small curation-open', attrs: { type: 'button' } }, label);
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    if (!form.hidden) why.focus();
  });
  save.addEventListener('click', () => {
    if (!who.value.trim()) {
      message.textContent = 'Say who decides.';
      return;
    }
    save.disabled = true;
    sendDecision(target(), who.value.trim(), why.value.trim())
      .then(onSaved)
      .catch((error: unknown) => {
        message.textContent = error instanceof Error ? error.message : String(error);
        save.disabled = false;
      });
  });
  return h('div', { className: 'curation' }, open, form);
}
