package org.parley.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
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
    private final IntFunction<Pipeline> pipeline;
    private Pipeline built;

    /** Services whose pipeline is given whole (tests share one); the sentence limit is the pipeline's own. */
    public Services(Path home, String version, Supplier<Pipeline> pipeline) {
        this(home, version, (IntFunction<Pipeline>) limit -> pipeline.get());
        requireNonNull(pipeline, "pipeline");
    }

    /** @param pipeline builds the pipeline for a limit on the tokens of one sentence */
    public Services(Path home, String version, IntFunction<Pipeline> pipeline) {
        this.home = requireNonNull(home, "home");
        this.version = requireNonNull(version, "version");
        this.pipeline = requireNonNull(pipeline, "pipeline");
    }

    /** The services of a real run: home from {@code -Dparley.home} (the launcher sets it), else the working folder. */
    public static Services production() {
        String homeProperty = System.getProperty("parley.home");
        Path home = homeProperty != null ? Path.of(homeProperty) : Path.of("").toAbsolutePath();
        String version = Services.class.getPackage().getImplementationVersion();
        return new Services(home, version == null ? "dev" : version, (IntFunction<Pipeline>) Services::standardPipeline);
    }

    public static Pipeline standardPipeline() {
        return standardPipeline(CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS);
    }

    public static Pipeline standardPipeline(int maxSentenceTokens) {
        Annotator annotator = new CoreNlpAnnotator(maxSentenceTokens);
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

    public Pipeline pipeline() {
        return pipeline(CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS);
    }

    /** The pipeline, built on first use with this limit on the tokens of one sentence. */
    public synchronized Pipeline pipeline(int maxSentenceTokens) {
        if (built == null) {
            built = pipeline.apply(maxSentenceTokens);
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
