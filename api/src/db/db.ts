import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { toDomainError } from './errors.js';
import { toPlain } from './values.js';

export type Row = Record<string, unknown>;

/** A transaction as resolvers see it: Cypher in, plain rows out. */
export interface Tx {
  run<T extends Row = Row>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}

export interface DbOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Server-side limit for one transaction, so a runaway query cannot hold a request forever. */
  txTimeoutMs?: number;
}

/**
 * The one place that talks to Neo4j. Reads go through executeRead so a cluster's followers serve
 * them; writes through executeWrite, whose work the driver may retry, so write functions must be
 * idempotent (MERGE on keys). Neo4j errors become domain errors here and nowhere else.
 */
export class Db {
  /** Cypher statements run through this handle: the N+1 test and the benchmarks read it. */
  queryCount = 0;

  private constructor(
    private readonly driver: Driver,
    private readonly options: DbOptions,
  ) {}

  static connect(options: DbOptions): Db {
    const auth =
      options.user !== undefined ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      // Fail fast when the pool is exhausted or the server is gone, instead of hanging a request.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      // Retries ride out a leader switch or a brief blip; longer than a few seconds and a person
      // waits in silence while the database is down, instead of hearing that it is (battery figures).
      maxTransactionRetryTime: 3_000,
      maxConnectionPoolSize: 50,
      disableLosslessIntegers: false,
    });
    return new Db(driver, options);
  }

  /** A handle on the same driver with its own query counter: one per request. */
  scoped(): Db {
    return new Db(this.driver, this.options);
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('READ', work);
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('WRITE', work);
  }

  /** Shorthand for a single read statement. */
  query<T extends Row = Row>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.read((tx) => tx.run<T>(cypher, params));
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async execute<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.options.txTimeoutMs ?? 15_000 };
    const unit = (mtx: ManagedTransaction) => work(this.wrap(mtx));
    try {
      return mode === 'READ'
        ? await session.executeRead(unit, config)
        : await session.executeWrite(unit, config);
    } catch (error) {
      throw toDomainError(error);
    } finally {
      await session.close();
    }
  }

  private wrap(mtx: ManagedTransaction): Tx {
    return {
      run: async <T extends Row>(cypher: string, params: Record<string, unknown> = {}) => {
        this.queryCount++;
        const result = await mtx.run<RecordShape>(cypher, params);
        return result.records.map((r) => toPlain(r.toObject()) as T);
      },
    };
  }
}
