// The timeline: a histogram of dated relations per month under one two-handled range, play (the window
// slides a month at a time) and step buttons, and the choice to keep undated relations apart.
import { monthLabel } from '../data/dates.js';
import { h } from './dom.js';
import type { GraphFacts, ViewState } from '../types.js';

export interface Timeline {
  element: HTMLElement;
  sync(state: ViewState): void;
}

type Update = (patch: Partial<ViewState>) => void;

/** Dated relations per month from the first to the last month (a relation counts in its first month). */
export function monthHistogram(facts: GraphFacts): number[] {
  if (facts.minMonth === undefined || facts.maxMonth === undefined) return [];
  const counts = new Array<number>(facts.maxMonth - facts.minMonth + 1).fill(0);
  for (const [first] of facts.edgeMonths.values()) counts[first - facts.minMonth] = (counts[first - facts.minMonth] ?? 0) + 1;
  return counts;
}

/** The window after one step of play or of the step buttons; undefined ends play at the last month. */
export function stepWindow(from: number, to: number, min: number, max: number, direction: 1 | -1): [number, number] | undefined {
  const width = to - from;
  const next = from + direction;
  if (next < min || next + width > max) return undefined;
  return [next, next + width];
}

export function buildTimeline(facts: GraphFacts, getState: () => ViewState, update: Update): Timeline {
  const min = facts.minMonth ?? 0;
  const max = facts.maxMonth ?? 0;
  const counts = monthHistogram(facts);
  const peak = Math.max(1, ...counts);

  const canvas = h('canvas', { id: 'timeline-histogram', attrs: { width: '240', height: '48', 'aria-label': 'Dated relations per month' } });
  const fromInput = h('input', { id: 'date-from', attrs: { type: 'range', min: String(min), max: String(max), step: '1', 'aria-label': 'From month' } });
  const toInput = h('input', { id: 'date-to', attrs: { type: 'range', min: String(min), max: String(max), step: '1', 'aria-label': 'To month' } });
  const label = h('div', { className: 'range-label', id: 'date-label' });
  const play = h('button', { className: 'secondary small', id: 'timeline-play', attrs: { type: 'button' } }, '▶ Play');
  const back = h('button', { className: 'secondary small', id: 'timeline-back', attrs: { type: 'button', title: 'One month earlier' } }, '◀');
  const forward = h('button', { className: 'secondary small', id: 'timeline-forward', attrs: { type: 'button', title: 'One month later' } }, '▶');
  const undated = h('input', { id: 'include-undated', attrs: { type: 'checkbox' } });

  const current = (): [number, number] => {
    const s = getState();
    return [s.dateFrom ?? min, s.dateTo ?? max];
  };
  const setWindow = (from: number, to: number) => update({ dateFrom: from > min ? from : undefined, dateTo: to < max ? to : undefined });

  const onRange = () => {
    let from = Number(fromInput.value);
    let to = Number(toInput.value);
    if (from > to) [from, to] = [to, from];
    setWindow(from, to);
  };
  fromInput.addEventListener('input', onRange);
  toInput.addEventListener('input', onRange);
  undated.addEventListener('change', () => update({ includeUndated: undated.checked }));

  const step = (direction: 1 | -1): boolean => {
    const [from, to] = current();
    const next = stepWindow(from, to, min, max, direction);
    if (next) setWindow(next[0], next[1]);
    return next !== undefined;
  };
  back.addEventListener('click', () => step(-1));
  forward.addEventListener('click', () => step(1));

  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const [from, to] = current();
    // From the whole span, play a three-month window from the start; otherwise slide the chosen window.
    if (from === min && to === max) setWindow(min, Math.min(max, min + 2));
    play.textContent = '■ Stop';
    timer = setInterval(() => {
      if (!step(1)) stop();
    }, 700);
  });

  const draw = (from: number, to: number) => {
    const ctx = canvas.getContext('2d');
    if (!ctx || counts.length === 0) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const width = canvas.width / counts.length;
    counts.forEach((count, i) => {
      const inside = min + i >= from && min + i <= to;
      ctx.fillStyle = inside ? '#0072b2' : '#c9d3de';
      const barHeight = count === 0 ? 0 : Math.max(1, (count / peak) * (canvas.height - 2));
      ctx.fillRect(i * width, canvas.height - barHeight, Math.max(1, width - (width > 3 ? 1 : 0)), barHeight);
    });
  };

  const element = h(
    'div',
    { className: 'timeline' },
    canvas,
    h('div', { className: 'dual-range' }, fromInput, toInput),
    label,
    h('div', { className: 'row' }, back, play, forward),
    h('label', { className: 'row small' }, undated, 'keep undated relations'),
  );

  return {
    element,
    sync(state) {
      const from = state.dateFrom ?? min;
      const to = state.dateTo ?? max;
      fromInput.value = String(from);
      toInput.value = String(to);
      const inWindow = counts.slice(from - min, to - min + 1).reduce((a, b) => a + b, 0);
      label.textContent = `${monthLabel(from)} → ${monthLabel(to)} · ${inWindow} dated relations`;
      undated.checked = state.includeUndated;
      draw(from, to);
    },
  };
}
