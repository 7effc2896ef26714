import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;

/**
 * Embedded Neo4j 5 with only the Bolt connector, for Wijkweb's dev server and tests.
 *
 * Usage: java [JVM flags] -cp '.neo4j/classes:.neo4j/lib/*' Launcher DATA_DIR BOLT_PORT [neo4j.setting=value ...]
 *    or: java [JVM flags] -cp '.neo4j/lib/*' neo4j/Launcher.java ... (as a source file: about 1 s slower)
 * e.g.   ... Launcher .data/neo4j 7687 server.memory.pagecache.size=2g
 * api/src/db/embedded-neo4j.ts is the normal way in: it fetches the jars, compiles this file and passes
 * the JVM flags Neo4j 5 wants on Java 17 (--add-opens for java.nio, java.io and sun.nio.ch, heap size).
 *
 * DATA_DIR is Neo4j's home: the store lives in DATA_DIR/data, Neo4j's own logs in DATA_DIR/logs.
 * BOLT_PORT must be a real port (not 0): Bolt advertises it to routing drivers.
 * The page cache defaults to 512m; override with server.memory.pagecache.size=SIZE.
 * With -Dlauncher.exitOnStdinEof=true it shuts down when stdin closes, i.e. when the parent dies.
 * Prints exactly one line "NEO4J_READY bolt://127.0.0.1:PORT" on stdout once the default database
 * is available; failures go to stderr as "NEO4J_FAILED: ..." with exit code 1 (2 for bad usage).
 */
public class Launcher {
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Launcher DATA_DIR BOLT_PORT [neo4j.setting=value ...]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port;
        try {
            port = Integer.parseInt(args[1]);
            if (port < 1 || port > 65535) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            System.err.println("NEO4J_FAILED: BOLT_PORT must be 1-65535, got '" + args[1] + "'");
            System.exit(2);
            return;
        }
        if (Boolean.getBoolean("launcher.exitOnStdinEof")) {
            // The parent holds our stdin open; EOF means it is gone, even if it was SIGKILLed and could not
            // stop us itself. Exiting runs the shutdown hook, so the store is closed cleanly, not orphaned.
            Thread watch = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) { }
                } catch (IOException ignored) { }
                System.exit(0);
            }, "stdin-eof-watch");
            watch.setDaemon(true);
            watch.start();
        }
        Map<String, String> extra = new LinkedHashMap<>();
        // Neo4j's own default is 50% of (RAM - heap): far too much on a machine shared with the API and tests.
        extra.put("server.memory.pagecache.size", "512m");
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("NEO4J_FAILED: expected name=value, got '" + args[i] + "'");
                System.exit(2);
            }
            extra.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            var builder = new DatabaseManagementServiceBuilder(home);
            // Parse raw "name=value" pairs with Neo4j's own validation (unknown names fail), pass them on typed.
            Config parsed = Config.newBuilder().setRaw(extra).build();
            for (String name : extra.keySet()) {
                Setting<Object> setting = parsed.getSetting(name);
                builder.setConfig(setting, parsed.get(setting));
            }
            // Set last, so no argument can move Bolt off loopback or turn these off.
            builder
                    // Auth is off because Bolt only listens on loopback: anything that can reach it already
                    // runs on this machine as a local user. Never change the listen address without turning it on.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    // No cluster, so no server-side routing connector (it would open a second port).
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    // Nothing phones home: usage data collection off, and its network sender too.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                    // Netty's default 5 s quiet period (paid twice) makes every stop take 10 s+; no client
                    // is left to wait for once we are told to stop.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
            dbms = builder.build();
        } catch (Throwable t) {
            fail(t, port);
            return;
        }

        // SIGTERM/SIGINT run shutdown hooks: a clean shutdown checkpoints, so the next start skips recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        try {
            var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
                throw new IllegalStateException("default database '" + db.databaseName()
                        + "' did not become available within 2 minutes; see " + home.resolve("logs/debug.log"));
            }
            // build() only returns once Bolt is bound, so the port is open by now.
            System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
            System.out.flush();
        } catch (Throwable t) {
            fail(t, port);
        }
        // Neo4j's threads keep the JVM alive until a signal runs the shutdown hook.
    }

    private static void fail(Throwable t, int port) {
        System.err.println("NEO4J_FAILED: " + explain(t, port));
        t.printStackTrace();
        Runtime.getRuntime().halt(1); // skip the shutdown hook: a half-started DBMS may hang in shutdown
    }

    /** The root cause usually names the real problem (port in use, store locked); say it in plain words. */
    private static String explain(Throwable t, int port) {
        Throwable root = t;
        StringBuilder chain = new StringBuilder(String.valueOf(t));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            chain.append(" <- ").append(root);
        }
        String all = chain.toString();
        if (all.contains("FileLockException") || all.contains("locked by another process")) {
            return "the data directory is locked by another running Neo4j (stop it first): " + root.getMessage();
        }
        if (all.contains("PortBindException") || all.contains("Address already in use")) {
            return "Bolt port 127.0.0.1:" + port + " is already in use: " + root.getMessage();
        }
        return all;
    }
}
