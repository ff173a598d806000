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
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Lexicons lexicons = store.getOrComputeIfAbsent("lexicons", k -> Lexicons.load(), Lexicons.class);
        if (type == Lexicons.class) {
            return lexicons;
        }
        Annotator annotator = store.getOrComputeIfAbsent("annotator", k -> new CoreNlpAnnotator(), Annotator.class);
        if (type == Annotator.class) {
            return annotator;
        }
        return store.getOrComputeIfAbsent("pipeline",
                k -> new Pipeline(new BoilerplateCleaner(), annotator, new ArticleExtractor(lexicons)), Pipeline.class);
    }
}
