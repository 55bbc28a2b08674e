import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from '../../../../electron/common/writeWhole';
import { tempDir } from '../../../support/tempDir';

describe('saving an export over a file', () => {
  it('replaces the file whole, and leaves nothing beside it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'run.csv');
    fs.writeFileSync(file, 'old');
    await writeWhole(file, 'new,content\r\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('new,content\r\n');
    await writeWhole(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect([...fs.readFileSync(file)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(fs.readdirSync(dir)).toEqual(['run.csv']);
  });

  it('when the write cannot finish, what was there stays as it was and no partial file is left', async () => {
    const dir = tempDir();
    // The target is a folder holding a file: the rename over it fails after the data was written.
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'kept.txt'), 'kept');
    await expect(writeWhole(target, 'x'.repeat(1000))).rejects.toThrow();
    expect(fs.readFileSync(path.join(target, 'kept.txt'), 'utf8')).toBe('kept');
    expect(fs.readdirSync(dir)).toEqual(['taken']);
    // A folder that does not exist: nothing is written anywhere.
    await expect(writeWhole(path.join(dir, 'missing', 'run.csv'), 'x')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['taken']);
  });
});
