package org.parley.read;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text. Each field is optional: metadata comes from a
 * manifest, from the page's own markup, or is inferred from its text, in that order of trust. A URL
 * is kept only when it is a web link ({@link WebUrl}), whichever reader found it.
 */
public record Metadata(
        Optional<String> title,
        Optional<String> outlet,
        Optional<String> url,
        Optional<LocalDate> published,
        Optional<String> language) {

    public static final Metadata EMPTY =
            new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Metadata {
        requireNonNull(title, "title");
        requireNonNull(outlet, "outlet");
        requireNonNull(url, "url");
        requireNonNull(published, "published");
        requireNonNull(language, "language");
        title = title.map(String::strip).filter(s -> !s.isEmpty());
        outlet = outlet.map(String::strip).filter(s -> !s.isEmpty());
        url = url.map(String::strip).filter(WebUrl::isWeb);
        language = language.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Each field from this metadata, else from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(
                title.or(fallback::title),
                outlet.or(fallback::outlet),
                url.or(fallback::url),
                published.or(fallback::published),
                language.or(fallback::language));
    }

    public Metadata withTitle(String value) {
        return new Metadata(Optional.ofNullable(value), outlet, url, published, language);
    }

    public Metadata withOutlet(String value) {
        return new Metadata(title, Optional.ofNullable(value), url, published, language);
    }

    public Metadata withUrl(String value) {
        return new Metadata(title, outlet, Optional.ofNullable(value), published, language);
    }

    public Metadata withPublished(LocalDate value) {
        return new Metadata(title, outlet, url, Optional.ofNullable(value), language);
    }

    public Metadata withLanguage(String value) {
        return new Metadata(title, outlet, url, published, Optional.ofNullable(value));
    }

    /** A stable one-line rendering, used in the content hash so that changed metadata counts as a change. */
    public String canonical() {
        return String.join("\u001f",
                title.orElse(""), outlet.orElse(""), url.orElse(""),
                published.map(LocalDate::toString).orElse(""), language.orElse(""));
    }
}
