package org.parley.resolve;

import java.util.List;
import org.parley.rdf.StoredArticle;

/**
 * Merges what the articles say into instances: the same person, statement, demand or negotiation
 * reported by several articles and outlets becomes one. The result depends only on the set of
 * articles, never on the order they were loaded in.
 */
public interface Resolver {
    ResolvedCorpus resolve(List<StoredArticle> articles);
}
