// Cross-document resolution: one node per person across scripts and spellings, never two people merged.
import { describe, expect, it } from 'vitest';
import { resolveAcrossDocuments, type EntityRecord } from '../../../extract/resolve/global.js';
import { phoneticKeys } from '../../../extract/resolve/phonetic.js';

const person = (id: string, ...forms: string[]): EntityRecord => ({ id, type: 'Person', name: forms[0]!, forms: new Set(forms) });

describe('phonetic keys', () => {
  it.each([
    ['Benkhadra', 'بنخضرة'],
    ['Lahlou', 'لحلو'],
    ['Bouzid', 'بوزيد'],
    ['Hicham', 'هشام'],
    ['Elfassi', 'الفاسي'],
    ['Fassi', 'الفاسي'],
    ['Yong', 'يونغ'],
  ])('%s and %s share a key', (latin, arabic) => {
    expect(phoneticKeys(latin).some((k) => phoneticKeys(arabic).includes(k))).toBe(true);
  });

  it('tells different family names apart', () => {
    expect(phoneticKeys('Bennani').some((k) => phoneticKeys('Benkirane').includes(k))).toBe(false);
  });
});

describe('resolveAcrossDocuments', () => {
  it('merges a person written in Arabic and in French, with the Latin id kept', () => {
    const r = resolveAcrossDocuments([person('person:hicham-bennouna', 'Hicham Bennouna'), person('person:هشام-بنونه', 'هشام بنونة')]);
    expect(r.remap.get('person:هشام-بنونه')).toBe('person:hicham-bennouna');
    expect(r.reasons.get('person:hicham-bennouna')?.[0]).toMatch(/across scripts/);
  });

  it('merges spelling variants of the same name (El/Al, doubled letters)', () => {
    const r = resolveAcrossDocuments([person('person:a', 'Abdullah Al-Rashed'), person('person:b', 'عبد الله الراشد'), person('person:c', 'Abdallah Alrashed')]);
    const ids = new Set(['person:a', 'person:b', 'person:c'].map((id) => r.remap.get(id) ?? id));
    expect(ids.size).toBe(1);
  });

  it('never merges two people who share only a surname', () => {
    const r = resolveAcrossDocuments([person('person:karim-benali', 'Karim Benali'), person('person:samira-benali', 'Samira Benali'), person('person:كريم-بنعلي', 'كريم بنعلي')]);
    const final = (id: string) => r.remap.get(id) ?? id;
    expect(final('person:karim-benali')).not.toBe(final('person:samira-benali'));
    expect(final('person:كريم-بنعلي')).toBe(final('person:karim-benali'));
  });

  it('never merges on a given name alone', () => {
    const r = resolveAcrossDocuments([person('person:a', 'Mohamed Salah'), person('person:b', 'Mohamed Ould Salem')]);
    expect(r.remap.get('person:a') ?? 'person:a').not.toBe(r.remap.get('person:b') ?? 'person:b');
  });

  it('leaves other entity types to their lexicon ids', () => {
    const r = resolveAcrossDocuments([{ id: 'org:x', type: 'Organization', name: 'X', forms: new Set(['X']) }]);
    expect(r.remap.size).toBe(0);
  });
});

describe('resolveAcrossDocuments with the learned transliteration', () => {
  const final = (r: ReturnType<typeof resolveAcrossDocuments>, id: string) => r.remap.get(id) ?? id;

  it('merges a name whose Latin spelling the phonetic key misses', () => {
    const r = resolveAcrossDocuments([person('person:youssef-cherkaoui', 'Youssef Cherkaoui'), person('person:x', 'يوسف الشرقاوي')]);
    expect(final(r, 'person:x')).toBe('person:youssef-cherkaoui');
  });

  it('keeps apart two people whose family names share only a short key', () => {
    const r = resolveAcrossDocuments([person('person:a', 'Abdel Fattah al-Sisi'), person('person:b', 'عبدالله بن ناصر السواحي'), person('person:c', 'Abdullah Al-Swahi')]);
    expect(final(r, 'person:a')).not.toBe(final(r, 'person:b'));
    expect(final(r, 'person:b')).toBe(final(r, 'person:c'));
  });

  it('names an Arabic-only person by the Latin caption of its name', () => {
    const r = resolveAcrossDocuments([person('person:tmp', 'كريم بلقاسم'), person('person:tmp2', 'كريم بلقاسم')]);
    expect(final(r, 'person:tmp')).toMatch(/^person:karim-b[ae]l[kq]a[sc]+e?m$/);
  });
});

describe('resolveAcrossDocuments with the office holders file', () => {
  const final = (r: ReturnType<typeof resolveAcrossDocuments>, id: string) => r.remap.get(id) ?? id;

  it('links a full name in Arabic script to the holder the file names', () => {
    const r = resolveAcrossDocuments([person('person:x', 'محمد سالم ولد مرزوك'), person('person:y', 'Mohamed Salem Ould Merzouk')]);
    expect(final(r, 'person:x')).toBe('person:mohamed-salem-ould-merzouk');
    expect(final(r, 'person:y')).toBe('person:mohamed-salem-ould-merzouk');
  });

  it('links a bare surname to the one holder of that name, unless another full name in the corpus has it', () => {
    const alone = resolveAcrossDocuments([person('person:guterres', 'Guterres')]);
    expect(final(alone, 'person:guterres')).toBe('person:antonio-guterres');
    const other = resolveAcrossDocuments([person('person:guterres', 'Guterres'), person('person:maria-guterres', 'Maria Guterres')]);
    expect(final(other, 'person:guterres')).toBe('person:guterres');
  });

  it('never links a bare given name or a dynasty name', () => {
    const r = resolveAcrossDocuments([person('person:ahmed', 'Ahmed'), person('person:thani', 'Thani')]);
    expect(final(r, 'person:ahmed')).toBe('person:ahmed');
    expect(final(r, 'person:thani')).toBe('person:thani');
  });
});
