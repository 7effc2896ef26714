/**
 * One autocannon run, with p95 computed from every response time (autocannon's own summary has
 * p97.5 and p99 but no p95) and GraphQL errors counted from the bodies (an HTTP 200 can carry them).
 */
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** HTTP 200 answers whose body has a top-level `errors`. */
  graphqlErrors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** POSTs the bodies in turn on every connection for `seconds`. */
export async function loadTest(opts: {
  url: string;
  connections: number;
  seconds: number;
  bodies: unknown[];
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  let graphqlErrors = 0;
  const times: number[] = [];
  const res = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: opts.seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...opts.headers },
        requests: opts.bodies.map((b) => ({
          method: 'POST' as const,
          body: JSON.stringify(b),
          onResponse: (status: number, body: string) => {
            if (status === 200 && body.includes('"errors"')) graphqlErrors++;
          },
        })),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  return {
    requests: res.requests.total,
    requestsPerSecond: r1(res.requests.average),
    p50: r1(percentile(times, 50)),
    p95: r1(percentile(times, 95)),
    p99: r1(percentile(times, 99)),
    errors: res.errors + res.timeouts,
    non2xx: res.non2xx,
    graphqlErrors,
  };
}
