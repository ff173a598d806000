package org.parley.spark;

import org.parley.annotate.CoreNlpAnnotator;
import org.parley.clean.BoilerplateCleaner;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.lexicon.Lexicons;
import org.parley.load.Pipeline;

/**
 * The one language pipeline of an executor JVM. CoreNLP's models take seconds and gigabytes to
 * load, and every task an executor runs may use them at once (the pipeline is thread-safe), so
 * they are loaded once per JVM, on first use: this holder is the one piece of JVM-wide state
 * Parley has, because Spark gives tasks no other place to share it. In local mode the driver can
 * hand it the pipeline it already has.
 */
public final class ExecutorPipeline {
    private static Pipeline pipeline;

    private ExecutorPipeline() {}

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = new Pipeline(new BoilerplateCleaner(), new CoreNlpAnnotator(), new ArticleExtractor(Lexicons.load()));
        }
        return pipeline;
    }

    /** Uses a pipeline already loaded in this JVM (local mode, tests). */
    public static synchronized void use(Pipeline loaded) {
        pipeline = loaded;
    }
}
