// The one loop over the input files: order, one read each, each handed on before the next is read.
import { describe, expect, it } from 'vitest';
import { processIo } from '../src/cli/cli-io.js';
import { runFiles } from '../src/cli/run-files.js';

const three = 'fixtures/analytics/three.txt';
const contested = 'fixtures/analytics/contested.txt';

describe('runFiles', () => {
  it('parses each file in argument order and hands it on before reading the next', async () => {
    const events: string[] = [];
    await runFiles([three, contested, three], processIo(), (draft) => {
      events.push(`parse ${draft.file}`);
      return draft.text.length;
    }, (length, draft) => {
      events.push(`consume ${draft.file}`);
      expect(length).toBe(draft.text.length);
    });
    expect(events).toEqual([`parse ${three}`, `consume ${three}`, `parse ${contested}`, `consume ${contested}`, `parse ${three}`, `consume ${three}`]);
  });

  it('stops at a file that cannot be read, after handing on the ones before it', async () => {
    const consumed: string[] = [];
    await expect(runFiles([three, 'missing.txt', contested], processIo(), (draft) => draft, (draft) => {
      consumed.push(draft.file);
    })).rejects.toThrow("cannot read 'missing.txt': no such file");
    expect(consumed).toEqual([three]);
  });

  it('waits for a consumer that writes before reading on', async () => {
    const events: string[] = [];
    await runFiles([three, contested], processIo(), (draft) => {
      events.push(`parse ${draft.file}`);
      return draft.file;
    }, async (file) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push(`written ${file}`);
    });
    expect(events).toEqual([`parse ${three}`, `written ${three}`, `parse ${contested}`, `written ${contested}`]);
  });
});
