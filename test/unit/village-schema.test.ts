// The village file schema (MODEL.md 8): every error at once, each naming the group (id and name)
// and the field in words with its JSON Pointer, in English and Vietnamese; problems in the groups'
// scenarios, files and measures found when the village is resolved.
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES } from '../../web/shared/model/schema-messages.ts';
import { resolveVillage, mapReader, relativeTo } from '../../web/shared/analysis/village-load.ts';
import { VILLAGE_MESSAGE_CODES } from '../../web/shared/analysis/village-messages.ts';
import { formatVillageIssue, validateProvince, validateVillage, type VillageIssue } from '../../web/shared/analysis/village-schema.ts';
import { CATALOGUE, line, village } from './village-helpers.ts';

const messages = (issues: VillageIssue[], lang: 'en' | 'vi' = 'en') => issues.map((i) => formatVillageIssue(i, lang));

describe('validateVillage', () => {
  it('accepts a minimal village and keeps it as it is', () => {
    const doc = village([{ id: 'a', households: 2.5, scenario: 'a.json' }]);
    const r = validateVillage(doc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.village).toBe(doc);
  });

  it('reports every error at once, naming the group and the field in words, with the path', () => {
    const r = validateVillage(
      village(
        [
          { id: 'film', name: 'Film lines', households: -3, scenario: 5, adoption: { measures: ['x', 'x'], share: 1.5 } },
          { id: 'film', households: 0, scenario: 'b.json', lineType: '' },
          { households: 'many', scenario: 'c.json' },
        ],
        { context: { nationalOpenBurningGTeqPerYear: 0, source: 'x' } },
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const en = messages(r.errors);
    expect(en).toContain('group "film" (Film lines), number of households [/groups/0/households]: must be more than 0; got -3');
    expect(en).toContain('group "film" (Film lines), adoption share [/groups/0/adoption/share]: must be at most 1; got 1.5');
    expect(en).toContain('group "film" (Film lines), adoption measure 2 [/groups/0/adoption/measures/1]: lists the measure "x" twice');
    expect(en).toContain(
      'group "film" (Film lines), scenario (a file path or an inline scenario) [/groups/0/scenario]: must be a scenario file path in quotes or an inline scenario object { … }; got a number',
    );
    expect(en).toContain('group "film", number of households [/groups/1/households]: must be more than 0; got 0');
    expect(en).toContain('group "film", group id [/groups/1/id]: the id "film" is already used by groups/0; each group needs its own id');
    expect(en).toContain('group 3, group id [/groups/2/id]: is required but missing');
    expect(en).toContain('group 3, number of households [/groups/2/households]: must be a number; got text in quotes ("many")');
    expect(en).toContain('national open-burning PCDD/F figure (g TEQ/yr) [/context/nationalOpenBurningGTeqPerYear]: must be more than 0; got 0');
    expect(en).toContain('status of the national figure (R, M, D or E) [/context/status]: is required but missing');
    expect(r.errors.map((e) => e.path)).toContain('/groups/1/lineType');
    // The English message is stored on the issue too.
    expect(r.errors.map((e) => e.message)).toEqual(en);
  });

  it('says the same in Vietnamese', () => {
    const r = validateVillage(village([{ id: 'film', name: 'Film lines', households: -3, scenario: 'a.json', adoption: { measures: [], share: 2 } }]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(messages(r.errors, 'vi')).toEqual([
      'nhóm "film" (Film lines), số hộ [/groups/0/households]: phải lớn hơn 0; giá trị hiện tại: -3',
      'nhóm "film" (Film lines), tỷ lệ hộ áp dụng [/groups/0/adoption/share]: phải nhỏ hơn hoặc bằng 1; giá trị hiện tại: 2',
    ]);
  });

  it('refuses other files and versions, an empty group list, and prototype keys; warns of unknown fields', () => {
    const scenarioFile = validateVillage(line('x', 1));
    expect(scenarioFile.ok).toBe(false);
    if (!scenarioFile.ok)
      expect(messages(scenarioFile.errors)[0]).toBe('file format [/format]: must be exactly "plastic-line-village"; got "plastic-line-scenario"');
    const v2 = validateVillage({ ...village([{ id: 'a', households: 1, scenario: 'a.json' }]), version: 2 });
    expect(v2.ok || messages(v2.errors)).toEqual(['format version [/version]: version 2 is not supported; this app reads version 1 files']);
    const empty = validateVillage(village([]));
    expect(empty.ok || messages(empty.errors)).toEqual(['list of groups [/groups]: must list at least 1 item(s); got 0']);
    const polluted = validateVillage(
      JSON.parse('{"format":"plastic-line-village","version":1,"id":"v","name":"V","groups":[{"id":"a","households":1,"scenario":"a.json","__proto__":{}}]}'),
    );
    expect(polluted.ok || messages(polluted.errors)).toEqual([
      'group "a", __proto__ [/groups/0/__proto__]: the key "__proto__" is not allowed anywhere in a village or province file (it could corrupt the program)',
    ]);
    const unknown = validateVillage({ ...village([{ id: 'a', households: 1, scenario: 'a.json', houshold: 3 }]) });
    expect(unknown.ok).toBe(true);
    expect(messages(unknown.warnings)).toEqual(['group "a", houshold [/groups/0/houshold]: unknown field "houshold" (ignored)']);
    expect(messages(validateVillage([]).ok ? [] : (validateVillage([]) as { errors: VillageIssue[] }).errors)).toEqual([
      'The file must contain one JSON object { … } with "format": "plastic-line-village"; it contains a list instead.',
    ]);
  });

  it('knows every message code in both languages', () => {
    expect([...VILLAGE_MESSAGE_CODES.vi].sort()).toEqual([...VILLAGE_MESSAGE_CODES.en].sort());
    expect(MESSAGE_CODES.vi.length).toBe(MESSAGE_CODES.en.length);
  });
});

describe('validateProvince', () => {
  it('accepts village files and inline villages, and names a bad entry', () => {
    expect(validateProvince({ format: 'plastic-line-province', version: 1, id: 'p', name: 'P', villages: ['a.json', village([])] }).ok).toBe(true);
    const r = validateProvince({ format: 'plastic-line-province', version: 1, id: 'p', name: 'P', villages: ['a.json', 3, ''] });
    expect(r.ok || messages(r.errors)).toEqual([
      'village 2 [/villages/1]: must be a village file path in quotes or an inline village object { … }; got a number',
      'village 3 [/villages/2]: must name a file; got an empty text',
    ]);
  });
});

describe('resolveVillage', () => {
  const resolve = (doc: unknown, files: Record<string, unknown> = {}) => resolveVillage(doc, { reader: mapReader(files), catalogue: CATALOGUE });

  it('reads scenario files relative to the village, once per file, and applies the measures once per list', async () => {
    const one = line('one', 1);
    const r = await resolve(
      village([
        { id: 'a', households: 1, scenario: '../lines/one.json', adoption: { measures: ['landfill-instead'], share: 0.5 } },
        { id: 'b', households: 2, scenario: '../lines/./one.json', adoption: { measures: ['landfill-instead'], share: 0.1 } },
      ]),
      { '../lines/one.json': JSON.stringify(one) },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b] = r.village.groups;
    expect(a.scenarioRef).toBe('../lines/one.json');
    expect(a.baseline).toEqual(one);
    expect(a.adopted!.residues.plasticRoutes).toMatchObject({ openBurning: 0, landfill: 1 });
    // The same file read under another spelling is another entry; the same spelling shares objects.
    expect(b.baseline).toEqual(a.baseline);
  });

  it('names the group, the scenario file and the field of a problem inside a scenario, once per file', async () => {
    const bad = { ...line('bad', 1), feed: { tonnesPerDay: -2, composition: { PE: 1 } } };
    const r = await resolve(
      village([
        { id: 'a', name: 'Film', households: 1, scenario: 'bad.json' },
        { id: 'b', households: 1, scenario: 'bad.json' },
        { id: 'c', households: 1, scenario: { ...line('inline', 1), calendar: { daysPerYear: 0, hoursPerDay: 10 } } },
        { id: 'd', households: 1, scenario: 'missing.json' },
        { id: 'e', households: 1, scenario: 'not-json.json' },
        { id: 'f', households: 1, scenario: 'one.json', adoption: { measures: ['landfill-instead', 'no-such-measure'], share: 1 } },
      ]),
      { 'bad.json': bad, 'not-json.json': '{ "format": ', 'one.json': line('one', 1) },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const en = messages(r.errors);
    expect(en).toEqual([
      'group "a" (Film), scenario file bad.json: feed/tonnesPerDay (scrap bought per day): must be at least 0 t/day; got -2',
      'group "c", inline scenario [/groups/2/scenario/calendar/daysPerYear]: calendar/daysPerYear (working days per year): must be at least 1 days; got 0',
      'group "d", scenario (a file path or an inline scenario) [/groups/3/scenario]: the file missing.json was not found (paths are relative to the file that names them)',
      expect.stringMatching(
        /^group "e", scenario \(a file path or an inline scenario\) \[\/groups\/4\/scenario\]: the file not-json.json is not valid JSON \(/,
      ),
      'group "f", adoption measure 2 [/groups/5/adoption/measures/1]: the measures catalogue has no measure "no-such-measure"; it has landfill-instead, half-dumped',
    ]);
    expect(messages(r.errors, 'vi')[0]).toBe(
      'nhóm "a" (Film), tệp kịch bản bad.json: feed/tonnesPerDay (lượng phế liệu mua mỗi ngày): phải lớn hơn hoặc bằng 0 tấn/ngày; giá trị hiện tại: -2',
    );
    expect(r.errors[0]).toMatchObject({ path: '/groups/0/scenario', file: 'bad.json', inner: { path: '/feed/tonnesPerDay' } });
  });

  it("reports measures that cannot apply to the group's line", async () => {
    const noRoutes = line('one', 1);
    const catalogue = [{ ...CATALOGUE[0], id: 'broken', patch: [{ op: 'replace' as const, path: '/units/0/removal/dirt/fraction', value: 1 }] }];
    const r = await resolveVillage(village([{ id: 'a', households: 1, scenario: noRoutes, adoption: { measures: ['broken'], share: 1 } }]), {
      reader: mapReader({}),
      catalogue,
    });
    expect(r.ok || messages(r.errors)).toEqual([
      'group "a", adoption measures [/groups/0/adoption/measures]: the measures cannot be applied to the group\'s scenario: measure "broken", operation 0 (replace /units/0/removal/dirt/fraction): the path does not exist in the scenario',
    ]);
  });

  it('resolves scenario-variant files (a baseline and measures) relative to the variant', async () => {
    const r = await resolve(village([{ id: 'a', households: 1, scenario: 'variants/after.json' }]), {
      'variants/after.json': {
        format: 'plastic-line-scenario-variant',
        version: 1,
        id: 'after',
        name: 'After',
        baseline: '../lines/one.json',
        measures: ['landfill-instead'],
      },
      'lines/one.json': line('one', 1),
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.village.groups[0].baseline).toMatchObject({ id: 'after', residues: { plasticRoutes: { landfill: 1 } } });
  });

  it('reads a catalogue the village names, relative to it', async () => {
    const r = await resolve(
      village([{ id: 'a', households: 1, scenario: line('one', 1), adoption: { measures: ['only-here'], share: 1 } }], { catalogue: 'm.json' }),
      {
        'm.json': { format: 'plastic-line-measures', version: 1, measures: [{ ...CATALOGUE[0], id: 'only-here' }] },
      },
    );
    expect(r.ok).toBe(true);
    const missing = await resolve(village([{ id: 'a', households: 1, scenario: line('one', 1) }], { catalogue: 'none.json' }));
    expect(missing.ok || messages(missing.errors)).toEqual([
      'measures catalogue (file path) [/catalogue]: the file none.json was not found (paths are relative to the file that names them)',
    ]);
  });

  it('resolves relative paths like a file system', () => {
    expect(relativeTo('villages/v.json', '../scenarios/a.json')).toBe('scenarios/a.json');
    expect(relativeTo('v.json', './a.json')).toBe('a.json');
    expect(relativeTo('a/b/c.json', '../../x/./y.json')).toBe('x/y.json');
    expect(relativeTo('v.json', '../a.json')).toBe('../a.json');
  });
});
