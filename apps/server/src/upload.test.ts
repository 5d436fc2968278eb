import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioText, shownName, temporaryPath, uploadPath } from './upload.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('uploaded files (upload.ts)', () => {
  it('shows an uploaded file by its last name only, without control characters', () => {
    expect(shownName('../../etc/passwd.yaml')).toBe('passwd.yaml');
    expect(shownName('C:\\Users\\me\\drill.yaml')).toBe('drill.yaml');
    expect(shownName('dri\u0000ll\n.yaml')).toBe('drill.yaml');
    expect(shownName('../')).toBe('..');
    expect(shownName('')).toBe('uploaded.yaml');
  });

  it('reads the text of a YAML file, and says why another is not one', () => {
    expect(scenarioText('a.yaml', bytes('id: été\n'))).toEqual({ text: 'id: été\n' });
    expect(scenarioText('a.YML', bytes('id: a\n'))).toEqual({ text: 'id: a\n' });
    expect(scenarioText('a.json', bytes('{}'))).toEqual({
      code: 'http.upload-extension',
      params: { name: 'a.json' },
    });
    expect(scenarioText('a.yaml', new Uint8Array(0))).toEqual({
      code: 'http.upload-empty',
      params: { name: 'a.yaml' },
    });
    expect(scenarioText('a.yaml', new Uint8Array(1_000_001))).toEqual({
      code: 'http.upload-too-large',
      params: { bytes: 1_000_001, max: 1_000_000 },
    });
    expect(scenarioText('a.yaml', new Uint8Array([0x69, 0x64, 0]))).toEqual({
      code: 'http.upload-binary',
      params: { name: 'a.yaml', offset: 2 },
    });
    expect(scenarioText('a.yaml', new Uint8Array([0x69, 0xff]))).toEqual({
      code: 'http.upload-not-utf8',
      params: { name: 'a.yaml' },
    });
  });

  it('keeps an upload as <id>.yaml inside its folder, and refuses any name that is not an id', () => {
    expect(uploadPath('/data/uploads', 'our-drill')).toBe('/data/uploads/our-drill.yaml');
    for (const id of ['../escape', '..', 'a/b', '/etc/passwd', 'A', '', 'constructor', 'a\\b'])
      expect(() => uploadPath('/data/uploads', id)).toThrow(/not a scenario id/);
    expect(temporaryPath('/data/uploads', 'drill', '1-2')).toBe(join('/data/uploads', '.drill.1-2.tmp'));
  });
});
