import http from 'node:http';

export interface HostAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request to a local host, so tests can set Host and Origin headers as an attacker would. */
export function hostRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<HostAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** An API call with the token, as the renderer makes it; resolves to the parsed ApiResult. */
export async function apiCall<T = unknown>(
  port: number,
  token: string,
  channel: string,
  request: unknown,
): Promise<{ status: number; result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } & Record<string, unknown> } }> {
  const answer = await hostRequest(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', 'x-nurture-token': token },
    body: JSON.stringify(request),
  });
  return { status: answer.status, result: JSON.parse(answer.body) };
}
