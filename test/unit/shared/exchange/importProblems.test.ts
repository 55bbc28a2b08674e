// A broken journey file is answered with every problem, each said where a campaign manager
// would look for it (the step by its place, label and kind; the field) and with a code the app
// words in English or German; the JSON path stays for those who open the file.
import { describe, expect, it } from 'vitest';
import { importExchange } from '../../../../shared/exchange/importExchange';
import { readSample } from '../../../support/samples';

function broken() {
  const file = JSON.parse(readSample('webinar.journey.json'));
  file.journey.nodes[2].type = 'sendSMS';
  file.journey.nodes[3].params.topics = Array.from({ length: 25 }, (_, i) => `topic${i}`);
  file.journey.nodes[6].params.timeout.amount = -2;
  file.journey.settings.sendWindow = { weekdays: [1], startHour: 18, endHour: 9, timeZone: 'Europe/Berlin' };
  return JSON.stringify(file);
}

describe('problems of an imported file, in words', () => {
  const result = importExchange(broken());
  const problems = result.ok ? [] : result.problems;
  const at = (path: string) => problems.find((p) => p.path === path);

  it('lists every problem, not just the first', () => {
    expect(result.ok).toBe(false);
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['$.journey.nodes[2].type', '$.journey.nodes[3].params.topics', '$.journey.nodes[6].params.timeout.amount', '$.journey.settings.sendWindow.endHour'].sort(),
    );
  });

  it('names an unknown kind of step by its place and label, and what was found', () => {
    expect(at('$.journey.nodes[2].type')).toMatchObject({ code: 'unknownKind', found: 'sendSMS', step: { number: 3, label: 'Confirmation A' }, field: 'type' });
    expect(at('$.journey.nodes[2].type')!.message).toBe('Step 3 “Confirmation A”, type: “sendSMS” is not a kind of step this app knows');
  });

  it('names the field and the limit crossed', () => {
    expect(at('$.journey.nodes[3].params.topics')).toMatchObject({ code: 'tooMany', limit: 20, field: 'topics', step: { number: 4, label: 'Confirmation B', type: 'sendEmail' } });
    expect(at('$.journey.nodes[3].params.topics')!.message).toMatch(/^Step 4 “Confirmation B” \(send-email step\), topics: /);
    expect(at('$.journey.nodes[6].params.timeout.amount')).toMatchObject({ code: 'tooSmall', limit: 0, field: 'timeout.amount', step: { label: 'Joined the webinar?' } });
    expect(at('$.journey.settings.sendWindow.endHour')).toMatchObject({ code: 'invalid', reason: 'windowOrder', field: 'settings.sendWindow.endHour' });
    expect(at('$.journey.settings.sendWindow.endHour')!.message).toBe('Settings › send window › end hour: the window must end after it starts');
  });
});
