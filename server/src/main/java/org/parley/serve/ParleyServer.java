package org.parley.serve;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.JettyLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserStore;
import org.parley.rdf.Iris;
import org.parley.serve.ingest.ArticlesServlet;
import org.parley.serve.ingest.IngestService;
import org.parley.serve.sparql.EditsSeen;
import org.parley.serve.sparql.GuardedUpdateService;
import org.parley.serve.api.SavedQueryServlet;
import org.parley.serve.linkeddata.DescriptionServlet;
import org.parley.serve.linkeddata.DumpServlet;
import org.parley.serve.linkeddata.LinkedDataServlet;
import org.parley.serve.sparql.GuardedQueryService;
import org.parley.serve.sparql.HiddenIndex;
import org.parley.serve.ui.BrowseServlet;
import org.parley.serve.ui.HomePage;
import org.parley.serve.search.SearchIndex;
import org.parley.serve.ui.QueryPage;
import org.parley.serve.ui.SavedQueryPage;
import org.parley.serve.ui.SearchPage;
import org.parley.serve.ui.TimelinePage;
import org.parley.serve.ui.StaticAssets;
import org.parley.store.ParleyStore;

/**
 * The Parley server: an embedded Fuseki with dataset {@code /parley} ({@code /parley/sparql} for
 * SPARQL 1.1 queries, {@code /parley/get} for reading graphs, {@code /$/ping} for health checks),
 * and beside it linked data ({@code /id/}, {@code /page/}, {@code /data/}, {@code /graph/}), the
 * saved queries as a web API ({@code /api/}), dumps, VoID and the web UI.
 * Read-only unless built with {@link Builder#allowUpdate}, which adds {@code /parley/update} and
 * {@code /parley/data} (and, with {@link Builder#ingest}, {@code POST /api/articles}) behind HTTP
 * authentication. Binds to the loopback interface unless told to bind to all. Every response carries
 * the {@link SecurityHeaders}; requests and answers are bounded by {@link ServerLimits}.
 */
public final class ParleyServer {
    public static final String DATASET = "/parley";
    /** Where articles are added, with {@code --allow-update}. */
    public static final String ARTICLES = "/api/articles";

    /** How often the server looks whether a writer changed the store. */
    private static final long FOLLOW_SECONDS = 2;

    private final FusekiServer fuseki;
    private final QueryWatchdog watchdog;
    private final SearchIndex search;
    private final StoreFollower follower;

    private ParleyServer(FusekiServer fuseki, QueryWatchdog watchdog, SearchIndex search, StoreFollower follower) {
        this.fuseki = fuseki;
        this.watchdog = watchdog;
        this.search = search;
        this.follower = follower;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; the search index and the browse pages catch up with the store in the background. */
    public ParleyServer start() {
        fuseki.start();
        follower.start(FOLLOW_SECONDS);
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
        follower.close();
        fuseki.stop();
        watchdog.close();
        search.close();
    }

    public static final class Builder {
        private ParleyStore store;
        private int port = 3030;
        private String host = "127.0.0.1";
        private Duration timeout = Duration.ofSeconds(30);
        private PasswordFile updaters;
        private Path queries;
        private List<String> corsOrigins = List.of();
        private String version = "dev";
        private ServerLimits limits = ServerLimits.DEFAULTS;
        private IngestService ingest;
        private Path spool;

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

        /**
         * Lets pages from these origins ({@code https://app.example.org}, or {@code *} for any) call
         * the server from a browser. Off by default.
         */
        public Builder cors(List<String> origins) {
            this.corsOrigins = List.copyOf(origins);
            return this;
        }

        /** What one request may ask of the server. */
        public Builder limits(ServerLimits value) {
            this.limits = requireNonNull(value, "limits");
            return this;
        }

        /**
         * Accepts articles at {@code POST /api/articles} (for the users of {@link #allowUpdate} only),
         * spooling uploads in {@code spool} while they load.
         */
        public Builder ingest(IngestService value, Path spool) {
            this.ingest = requireNonNull(value, "ingest");
            this.spool = requireNonNull(spool, "spool");
            return this;
        }

        /** The version shown in the OpenAPI description. */
        public Builder version(String value) {
            this.version = requireNonNull(value, "version");
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
            // SERVICE would let anyone who can query make this server fetch arbitrary URLs.
            dsg.getContext().set(Service.httpServiceAllowed, false);
            StoreView view = new StoreView(store);
            HiddenIndex.install(dsg, () -> store.baseIri().map(base -> NodeFactory.createURI(new Iris(base).resolutionGraph())));
            QueryWatchdog watchdog = new QueryWatchdog(timeout);
            DataService.Builder data = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            if (ingest != null && updaters == null) {
                throw new ServeException("adding articles needs --allow-update and a password file: uploads are never anonymous");
            }
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new GuardedQueryService(view, watchdog, limits.maxQueryChars()))
                    .registerOperation(Operation.Update, new GuardedUpdateService(limits.maxQueryChars()))
                    .addFilter("/*", new SecurityHeaders())
                    .addFilter("/*", new RequestLimits(limits))
                    .addFilter(DATASET + "/*", new WholeResponses(limits.maxResultBytes()))
                    .addFilter("/api/queries/*", new WholeResponses(limits.maxResultBytes()));
            if (corsOrigins.isEmpty()) {
                fuseki.enableCors(false, null);
            } else {
                fuseki.enableCors(true, CorsSettings.write(corsOrigins).toString());
            }
            UserStore users = null;
            if (updaters != null) {
                var policy = Auth.policyAllowSpecific(updaters.users());
                data.addEndpoint(Operation.Update, "update", policy);
                data.addEndpoint(Operation.GSP_RW, "data", policy);
                fuseki.addFilter(DATASET + "/*", new EditsSeen(view, Set.of(DATASET + "/update", DATASET + "/data")));
                users = usersOf(updaters);
                ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler("Parley", users, AuthScheme.BASIC);
                if (ingest != null) {
                    JettySecurityLib.addPathConstraint(security, ARTICLES);
                    fuseki.addServlet(ARTICLES, new ArticlesServlet(ingest, spool, limits.maxUploadBytes()));
                }
                fuseki.securityHandler(security).auth(AuthScheme.BASIC).realm("Parley");
            }
            fuseki.add(DATASET, data.build());
            SearchIndex search = SearchIndex.open(view, store.directory().resolve("search-index"));
            List<Runnable> followers = new java.util.ArrayList<>(List.of(search::refresh));
            addWebParts(fuseki, view, watchdog, search, followers);
            FusekiServer server = fuseki.build();
            if (users != null) {
                server.getJettyServer().addBean(users, true);
            }
            server.getJettyServer().setRequestLog(AccessLog.create());
            ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
            if (context != null) {
                context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes()));
            }
            return new ParleyServer(server, watchdog, search, new StoreFollower(view, followers));
        }

        /**
         * The users of the password file, read once when the server starts: a change takes a restart,
         * which checks the file's permissions again. (Fuseki's own user store watches the file, with a
         * thread that outlives the server.)
         */
        private static UserStore usersOf(PasswordFile passwords) throws ServeException {
            PropertyUserStore users = new PropertyUserStore();
            users.setConfig(JettyLib.newResource(passwords.path().toString()));
            try {
                users.start();
            } catch (Exception e) {
                throw new ServeException("cannot read password file " + passwords.path() + ": " + e.getMessage(), e);
            }
            return users;
        }

        /** Linked data, descriptions, dumps, the saved-query API and the UI, beside Fuseki's own servlets. */
        private void addWebParts(FusekiServer.Builder fuseki, StoreView view, QueryWatchdog watchdog, SearchIndex search,
                                 List<Runnable> followers) {
            LinkedDataServlet linkedData = new LinkedDataServlet(view);
            for (String prefix : resourcePrefixes(view)) {
                for (String kind : List.of("id", "page", "data", "graph")) {
                    fuseki.addServlet(prefix + kind + "/*", linkedData);
                }
            }
            fuseki.addServlet("/dumps/*", new DumpServlet(view));
            fuseki.addServlet("/.well-known/void", new DescriptionServlet(view));
            fuseki.addServlet("/static/*", new StaticAssets());
            fuseki.addServlet("/search", new SearchPage(view, search));
            if (queries != null) {
                fuseki.addServlet("/api/*", new SavedQueryServlet(view, queries, watchdog, version, limits.maxParameterChars()));
                BrowseServlet browse = new BrowseServlet(view, queries);
                followers.add(browse::warm);
                fuseki.addServlet("/browse/*", browse);
                fuseki.addServlet("/queries", new SavedQueryPage(view, queries));
                fuseki.addServlet("/queries/*", new SavedQueryPage(view, queries));
                fuseki.addServlet("/timeline", new TimelinePage(view));
                fuseki.addServlet("/query", new QueryPage(queries));
                fuseki.addServlet("", new HomePage(view, queries));
            }
        }

        /** {@code /}, and the base IRI's own path when it has one, so every minted IRI's path resolves here. */
        private static List<String> resourcePrefixes(StoreView view) {
            String basePath = view.basePath();
            return basePath.equals("/") ? List.of("/") : List.of("/", basePath);
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
