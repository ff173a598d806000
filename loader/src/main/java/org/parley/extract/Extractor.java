package org.parley.extract;

import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Layer;

/** Finds actors, statements, demands, negotiations and delegations in one annotated article. */
public interface Extractor {

    /** The annotation layers the extractor reads; checked against the annotator once, when the pipeline is built. */
    Set<Layer> requires();

    ArticleExtraction extract(AnnotatedArticle article);

    /** What the rules see in the article and what they match, as text for people writing rules. */
    String trace(AnnotatedArticle article);
}
