package org.parley.serve;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.store.ParleyStore;

/**
 * The Parley server: an embedded Fuseki with dataset {@code /parley} ({@code /parley/sparql} for
 * SPARQL 1.1 queries, {@code /parley/get} for reading graphs, {@code /$/ping} for health checks).
 * Read-only unless built with {@link Builder#allowUpdate}, which adds {@code /parley/update} and
 * {@code /parley/data} behind HTTP authentication. Binds to the loopback interface unless told to
 * bind to all.
 */
public final class ParleyServer {
    public static final String DATASET = "/parley";

    private final FusekiServer fuseki;

    private ParleyServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ParleyServer start() {
        fuseki.start();
        return this;
    }

    public int port() {
        return fuseki.getPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    public static final class Builder {
        private ParleyStore store;
        private int port = 3030;
        private String host = "127.0.0.1";
        private Duration timeout = Duration.ofSeconds(30);
        private PasswordFile updaters;
        private Path queries;

        private Builder() {}

        public Builder store(ParleyStore value) {
            this.store = requireNonNull(value, "store");
            return this;
        }

        /** The port; 0 picks a free one (see {@link ParleyServer#port()}). */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            this.port = value;
            return this;
        }

        /** A loopback address (the default) or {@code 0.0.0.0} for every interface. */
        public Builder host(String value) {
            this.host = requireNonNull(value, "host");
            return this;
        }

        public Builder timeout(Duration value) {
            requireNonNull(value, "timeout");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + value);
            }
            this.timeout = value;
            return this;
        }

        /** Opens SPARQL Update and the read-write graph store to the users of {@code passwords}. */
        public Builder allowUpdate(PasswordFile passwords) {
            this.updaters = requireNonNull(passwords, "passwords");
            return this;
        }

        /** The folder of saved queries ({@code queries/}). */
        public Builder queries(Path value) {
            this.queries = requireNonNull(value, "queries");
            return this;
        }

        public ParleyServer build() throws ServeException {
            requireNonNull(store, "store");
            boolean loopback = isLoopback(host);
            if (!loopback && !host.equals("0.0.0.0")) {
                throw new ServeException("--host must be a loopback address or 0.0.0.0 (all interfaces), not " + host);
            }
            DatasetGraph dsg = store.datasetGraph();
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            DataService.Builder data = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .enableCors(false, null);
            if (updaters != null) {
                var policy = Auth.policyAllowSpecific(updaters.users());
                data.addEndpoint(Operation.Update, "update", policy);
                data.addEndpoint(Operation.GSP_RW, "data", policy);
                fuseki.passwordFile(updaters.path().toString()).auth(AuthScheme.BASIC).realm("Parley");
            }
            fuseki.add(DATASET, data.build());
            Optional.ofNullable(queries);
            return new ParleyServer(fuseki.build());
        }

        private static boolean isLoopback(String host) throws ServeException {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw new ServeException("unknown host: " + host, e);
            }
        }
    }
}
