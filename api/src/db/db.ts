import neo4j, {
  type Driver,
  type ManagedTransaction,
  type RecordShape,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import { isUnavailable, toDomainError, unavailable } from './errors.js';
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
  /** The request's one read transaction, when this handle shares one (see `scoped`). */
  private shared: SharedRead | null = null;

  private constructor(
    private readonly driver: Driver,
    private readonly options: DbOptions,
    /** Shared by every handle on this driver: whether the database is known to be down. */
    private readonly health: Health = new Health(driver, options),
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

  /**
   * A handle on the same driver with its own query counter: one per request. With `shareReads`,
   * every read of the request runs in one read transaction, begun at the first read and ended by
   * `endRequest`: a statement in an open transaction costs one round trip, where a managed
   * transaction of its own costs a session, BEGIN and COMMIT besides (bench/run.ts measures both).
   * A page of six statements then waits for seven round trips instead of eighteen.
   */
  scoped(opts: { shareReads?: boolean } = {}): Db {
    const db = new Db(this.driver, this.options, this.health);
    if (opts.shareReads) db.shared = new SharedRead(this.driver, this.options);
    return db;
  }

  /**
   * Stops sharing: later reads get transactions of their own. A mutation calls this before it
   * writes, so that what it reads afterwards is read after its own write, even on a cluster.
   */
  stopSharingReads(): void {
    void this.shared?.end();
    this.shared = null;
  }

  /** Ends the request's shared read transaction, if one was begun. */
  endRequest(): Promise<void> {
    const shared = this.shared;
    this.shared = null;
    return shared?.end() ?? Promise.resolve();
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.shared) {
      const shared = this.shared;
      return this.guarded(() => shared.read((tx) => work(this.wrap(tx))));
    }
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
    this.health.close();
    return this.driver.close();
  }

  /**
   * Runs database work unless the database is known to be down, and notes when it goes down.
   * While it is down every request hears so at once, instead of each waiting out the driver's
   * connection timeout and retries (seconds) to learn the same; a probe notices its return.
   */
  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    if (this.health.down) throw unavailable();
    try {
      return await work();
    } catch (error) {
      const mapped = toDomainError(error);
      if (isUnavailable(mapped)) this.health.failed();
      throw mapped;
    }
  }

  private execute<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.guarded(() => this.managed(mode, work));
  }

  private async managed<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      // One bookmark manager for every session of the process: on a cluster, a read that follows
      // a write (a mutation's answer, the next page) waits until its server has that write.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.options.txTimeoutMs ?? 15_000 };
    const unit = (mtx: ManagedTransaction) => work(this.wrap(mtx));
    try {
      return mode === 'READ'
        ? await session.executeRead(unit, config)
        : await session.executeWrite(unit, config);
    } finally {
      await session.close();
    }
  }

  private wrap(mtx: ManagedTransaction | Transaction): Tx {
    return {
      run: async <T extends Row>(cypher: string, params: Record<string, unknown> = {}) => {
        this.queryCount++;
        const result = await mtx.run<RecordShape>(cypher, params);
        return result.records.map((r) => toPlain(r.toObject()) as T);
      },
    };
  }
}

/**
 * One explicit read transaction for the reads of one request. Not retried like a managed one:
 * reads are cheap to repeat, and a request that meets a failing database answers so at once
 * (SERVICE_UNAVAILABLE) rather than after the retries. A failed statement ends the transaction,
 * so the next read begins a fresh one.
 */
class SharedRead {
  private open: { session: Session; tx: Transaction } | null = null;
  private ended = false;

  constructor(
    private readonly driver: Driver,
    private readonly options: DbOptions,
  ) {}

  async read<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    if (this.ended) {
      // A read after the request ended (a late resolver): a transaction of its own, closed at once.
      const session = this.session();
      try {
        return await session.executeRead((tx) => work(tx as unknown as Transaction));
      } finally {
        await session.close();
      }
    }
    const current = (this.open ??= this.begin());
    try {
      return await work(current.tx);
    } catch (error) {
      if (this.open === current) {
        this.open = null;
        void current.session.close().catch(() => {});
      }
      throw error;
    }
  }

  async end(): Promise<void> {
    this.ended = true;
    const current = this.open;
    this.open = null;
    if (!current) return;
    try {
      await current.tx.commit();
    } catch {
      // A read transaction has nothing to lose; the session still has to go back to the pool.
    } finally {
      await current.session.close().catch(() => {});
    }
  }

  private session(): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private begin() {
    const session = this.session();
    const tx = session.beginTransaction({ timeout: this.options.txTimeoutMs ?? 15_000 });
    return { session, tx };
  }
}

/**
 * Whether the database is down, as the last failures said. Set by a request that met
 * SERVICE_UNAVAILABLE; cleared by a probe that asks every half second until Neo4j answers again.
 */
class Health {
  down = false;
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly options: DbOptions,
  ) {}

  failed(): void {
    if (this.down || this.closed) return;
    this.down = true;
    void this.probe();
  }

  close(): void {
    this.closed = true;
    this.down = false;
  }

  private async probe(): Promise<void> {
    while (this.down && !this.closed) {
      await new Promise((resolve) => setTimeout(resolve, PROBE_MS).unref());
      const session = this.driver.session({ database: this.options.database });
      try {
        await session.run('RETURN 1');
        this.down = false;
      } catch {
        // Still down: ask again.
      } finally {
        await session.close().catch(() => {});
      }
    }
  }
}

const PROBE_MS = 500;
