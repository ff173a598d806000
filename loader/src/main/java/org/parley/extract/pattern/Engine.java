package org.parley.extract.pattern;

/** The pattern language a pattern is written in, named by its file's extension. */
public enum Engine {
    /** CoreNLP Semgrex over the dependency parse: roles are named nodes, each the head of its phrase. */
    SEMGREX("semgrex"),
    /** CoreNLP TokensRegex over the token sequence, the fallback where the parse is wrong (headlines, captions). */
    TOKENSREGEX("tokensregex");

    private final String extension;

    Engine(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
