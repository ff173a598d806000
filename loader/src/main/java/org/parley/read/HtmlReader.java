package org.parley.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page with jsoup: metadata from its markup (Open Graph, schema.org, {@code <time>},
 * canonical link, {@code lang}), text from its article body with navigation, scripts and asides
 * dropped. Whatever the markup does not say is inferred from the text, as for plain text.
 */
public final class HtmlReader implements ArticleReader {
    private static final String DROPPED = "script, style, noscript, nav, footer, aside, form, iframe, button, svg, "
            + "template, [role=navigation], [aria-hidden=true], .advert, .ad, .share, .social, .related, .newsletter";

    @Override
    public Stream<ReadOutcome> read(Path file, String givenPath) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            TextDecoder.decode(bytes); // refuses empty, binary and invalid UTF-8 input with a clear reason
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, Sources.fileKey(file));
            return Stream.of(new ReadOutcome.Success(article(doc, Sources.fileKey(file), givenPath)));
        } catch (ReadException e) {
            return Stream.of(new ReadOutcome.Failure(givenPath, e.getMessage()));
        } catch (IOException e) {
            return Stream.of(new ReadOutcome.Failure(givenPath, Sources.cannotRead(e)));
        }
    }

    /** The article in a parsed page; also used for HTML found inside JSON records. */
    static Article article(Document doc, String sourceKey, String sourceLabel) throws ReadException {
        Metadata fromMarkup = markup(doc);
        Element body = body(doc);
        body.select(DROPPED).remove();
        String text = Sources.withHeadline(fromMarkup.title().orElse(null), HtmlText.of(body));
        if (text.isBlank()) {
            throw new ReadException("HTML page has no article text");
        }
        Metadata metadata = fromMarkup.orElse(PageMetadata.infer(text));
        return new Article(sourceKey, sourceLabel, text, metadata, ArticleFormat.HTML, List.of());
    }

    private static Element body(Document doc) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Element e = doc.selectFirst(selector);
            if (e != null && e.text().length() > 200) {
                return e.clone();
            }
        }
        return doc.body() == null ? doc.clone() : doc.body().clone();
    }

    private static Metadata markup(Document doc) {
        Metadata m = Metadata.EMPTY;
        m = m.withTitle(first(doc, "meta[property=og:title]", "meta[name=twitter:title]")
                .or(() -> text(doc, "h1"))
                .or(() -> Optional.of(doc.title()))
                .orElse(null));
        m = m.withOutlet(first(doc, "meta[property=og:site_name]", "meta[name=application-name]",
                "meta[name=publisher]").orElse(null));
        m = m.withUrl(attr(doc, "link[rel=canonical]", "href")
                .or(() -> first(doc, "meta[property=og:url]"))
                .orElse(null));
        m = m.withPublished(first(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date.issued]",
                "meta[name=parsely-pub-date]", "meta[name=sailthru.date]")
                .or(() -> attr(doc, "[itemprop=datePublished]", "datetime"))
                .or(() -> attr(doc, "time[datetime]", "datetime"))
                .flatMap(DateParser::parseField)
                .orElse(null));
        Element html = doc.selectFirst("html");
        if (html != null && !html.attr("lang").isBlank()) {
            m = m.withLanguage(html.attr("lang").split("[-_]")[0].toLowerCase(java.util.Locale.ROOT));
        }
        return m;
    }

    private static Optional<String> first(Document doc, String... metaSelectors) {
        for (String selector : metaSelectors) {
            Optional<String> v = attr(doc, selector, "content");
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        if (e == null || e.attr(attribute).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(e.attr(attribute).strip());
    }

    private static Optional<String> text(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null || e.text().isBlank() ? Optional.empty() : Optional.of(e.text().strip());
    }
}
