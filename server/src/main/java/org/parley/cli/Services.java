package org.parley.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.parley.annotate.Annotator;
import org.parley.annotate.CoreNlpAnnotator;
import org.parley.clean.BoilerplateCleaner;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.lexicon.Lexicons;
import org.parley.load.Pipeline;

/**
 * What the commands share, made once and handed to each command: where Parley's files are (saved
 * queries, bundled examples), its version, and the language pipeline, built on first use because
 * its models take seconds to load. Tests pass their own, sharing one pipeline per JVM.
 */
public final class Services {
    private final Path home;
    private final String version;
    private final Supplier<Pipeline> pipeline;
    private Pipeline built;

    public Services(Path home, String version, Supplier<Pipeline> pipeline) {
        this.home = requireNonNull(home, "home");
        this.version = requireNonNull(version, "version");
        this.pipeline = requireNonNull(pipeline, "pipeline");
    }

    /** The services of a real run: home from {@code -Dparley.home} (the launcher sets it), else the working folder. */
    public static Services production() {
        String homeProperty = System.getProperty("parley.home");
        Path home = homeProperty != null ? Path.of(homeProperty) : Path.of("").toAbsolutePath();
        String version = Services.class.getPackage().getImplementationVersion();
        return new Services(home, version == null ? "dev" : version, Services::standardPipeline);
    }

    public static Pipeline standardPipeline() {
        Annotator annotator = new CoreNlpAnnotator();
        return new Pipeline(new BoilerplateCleaner(), annotator, new ArticleExtractor(Lexicons.load()));
    }

    public Path home() {
        return home;
    }

    public Path queries() {
        return home.resolve("queries");
    }

    public Path examples() {
        return home.resolve("examples");
    }

    public String version() {
        return version;
    }

    public synchronized Pipeline pipeline() {
        if (built == null) {
            built = pipeline.get();
        }
        return built;
    }

    /** Whether the language pipeline is built already (its models loaded). */
    public synchronized boolean pipelineReady() {
        return built != null;
    }

    boolean hasQueries() {
        return Files.isDirectory(queries());
    }
}
