package org.parley.serve.search;

/**
 * What the index holds of one fact, actor or article: its IRI and kind, the label shown for it, its
 * names (speaker, parties, topic ...), its words (wordings, the article's text) and its date.
 */
record SearchDocument(String iri, SearchKind kind, String label, String names, String body, String date) {}
