package org.parley.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.parley.annotate.Annotator;
import org.parley.annotate.CoreNlpAnnotator;
import org.parley.clean.BoilerplateCleaner;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.lexicon.Lexicons;
import org.parley.load.Pipeline;

/**
 * Hands tests the real language pipeline, built once per JVM: CoreNLP's models take seconds to
 * load, so every test class in a run shares one instance through JUnit's root store.
 * Use with {@code @ExtendWith(SharedPipeline.class)} and a {@link Pipeline}, {@link Annotator}
 * or {@link Lexicons} parameter.
 */
public final class SharedPipeline implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPipeline.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Pipeline.class || type == Annotator.class || type == Lexicons.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Lexicons.class) {
            return lexicons(context);
        }
        if (type == Annotator.class) {
            return annotator(context);
        }
        return pipeline(context);
    }

    /** The JVM's one pipeline, for other extensions that build fixtures with it. */
    public static Pipeline pipeline(ExtensionContext context) {
        return store(context).getOrComputeIfAbsent("pipeline",
                k -> new Pipeline(new BoilerplateCleaner(), annotator(context), new ArticleExtractor(lexicons(context))),
                Pipeline.class);
    }

    private static Annotator annotator(ExtensionContext context) {
        return store(context).getOrComputeIfAbsent("annotator", k -> new CoreNlpAnnotator(), Annotator.class);
    }

    private static Lexicons lexicons(ExtensionContext context) {
        return store(context).getOrComputeIfAbsent("lexicons", k -> Lexicons.load(), Lexicons.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }
}
