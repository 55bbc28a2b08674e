// Calls the running web host's API from a test, as the page would, and unwraps the answer:
// for setting up data the UI has no way to make yet, and for reading what the host stored.
import { apiCall } from '../../support/hostRequest';
import type { WebHost } from './webHost';

export async function hostApi<T>(host: WebHost, channel: string, request: unknown): Promise<T> {
  const url = new URL(host.url);
  const { result } = await apiCall<T>(Number(url.port), url.searchParams.get('token')!, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}
