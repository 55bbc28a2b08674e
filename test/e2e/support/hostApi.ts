// Calls the running web host's API from a test, as the page would, and unwraps the answer:
// for setting up data the UI has no way to make yet, and for reading what the host stored.
import fs from 'node:fs';
import type { JourneyDocument } from '../../../shared/journey/schema';
import { apiCall } from '../../support/hostRequest';
import type { WebHost } from './webHost';

export async function hostApi<T>(host: WebHost, channel: string, request: unknown): Promise<T> {
  const url = new URL(host.url);
  const { result } = await apiCall<T>(Number(url.port), url.searchParams.get('token')!, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Loads a journey through the host, lets `change` edit it, and saves it. */
export async function editJourney(host: WebHost, id: string, change: (doc: JourneyDocument) => void): Promise<void> {
  const { document, version } = await hostApi<{ document: JourneyDocument; version: number }>(host, 'journeys:load', { id });
  change(document);
  await hostApi(host, 'journeys:save', { document, baseVersion: version });
}

/** Imports the shipped sample prospects with accounts as a prospect set named `name`. */
export function importSampleAccounts(host: WebHost, name: string): Promise<{ imported: number; errors: unknown[]; set: { id: string } }> {
  return hostApi(host, 'prospectSets:importCsv', { name, content: fs.readFileSync('assets/prospects/sample-accounts.csv', 'utf8') });
}
