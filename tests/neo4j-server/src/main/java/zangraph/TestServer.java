package zangraph;

import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A throw-away Neo4j Community server for the test suite: Bolt only, on a free loopback port,
 * auth off, its store in a temporary directory that is deleted when it stops. Prints
 * "bolt://127.0.0.1:PORT" on a line of its own once Bolt accepts connections; stops on SIGTERM
 * or SIGINT (the JVM runs the shutdown hook), which closes the database and deletes the store.
 */
public final class TestServer {
    public static void main(String[] args) throws InterruptedException {
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer() // no HTTP: the adapter speaks Bolt only
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close();
            stopped.countDown();
        }));
        System.out.println("bolt://127.0.0.1:" + neo4j.boltURI().getPort());
        System.out.flush();
        stopped.await();
    }
}
