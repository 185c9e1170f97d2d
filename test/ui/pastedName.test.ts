import { fileNameFromId, safeFileStem } from '../../src/ui/authoring/pastedName.ts';

describe('naming pasted scenarios', () => {
  it('uses a string id as the file name', () => {
    expect(fileNameFromId('schemaVersion: 1\nid: web-outage\ntitle: x\n')).toBe('web-outage.yaml');
    expect(fileNameFromId('{ id: "quoted-id", title: x }')).toBe('quoted-id.yaml');
  });

  it('gives up on text that does not parse, is not a mapping, or has no string id', () => {
    expect(fileNameFromId('id: a\nid: b\n')).toBeNull();
    expect(fileNameFromId('id: [unclosed\n')).toBeNull();
    expect(fileNameFromId('- id: a\n')).toBeNull();
    expect(fileNameFromId('title: no id\n')).toBeNull();
    expect(fileNameFromId('id: 12\n')).toBeNull();
    expect(fileNameFromId('anchor: &x web\nid: *x\n')).toBeNull();
    expect(fileNameFromId('')).toBeNull();
  });

  it('makes ids safe file names', () => {
    expect(safeFileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileStem('.hidden')).toBe('hidden');
    expect(safeFileStem('a  b\\c:d')).toBe('a-b-c-d');
    expect(safeFileStem('ｆｕｌｌ－ｗｉｄｔｈ')).toBe('full-width');
    expect(safeFileStem('x'.repeat(200))).toHaveLength(80);
    expect(safeFileStem('../..')).toBeNull();
    expect(safeFileStem('日本')).toBeNull();
  });
});
