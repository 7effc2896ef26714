import { resolve } from 'node:path';
import { z } from 'zod';

/** Everything the server reads from the environment, checked once at start. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  WIJKWEB_DATA_DIR: z.string().default('.data'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  /** Bolt port of the embedded Neo4j (ignored with NEO4J_URI). */
  NEO4J_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/)
    .default('2g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/)
    .default('2g'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per minute per API key, signed-in person, or address when anonymous. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Express `trust proxy` behind a reverse proxy: a hop count (`1`) or `loopback`, so limits see the client's address. */
  TRUST_PROXY: z.string().optional(),
});

export type Config = z.infer<typeof schema> & { repoRoot: string; dataDir: string };

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return {
    ...parsed.data,
    repoRoot: REPO_ROOT,
    dataDir: resolve(REPO_ROOT, parsed.data.WIJKWEB_DATA_DIR),
  };
}
