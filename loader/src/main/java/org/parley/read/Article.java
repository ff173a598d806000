package org.parley.read;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One news article as read: its text (the text Parley stores and every offset points into), its
 * metadata and where it came from.
 *
 * @param sourceKey   identity of the source: its URL, else its absolute file path (and record number
 *                    inside a JSON file); a new version from the same source replaces the old one
 * @param sourceLabel the source as a user gave it: the URL, else the file path as given to the loader
 * @param text        the article's text, with paragraphs separated by blank lines
 * @param metadata    title, outlet, URL, publication date, language
 * @param format      the format it was read from
 * @param notes       things worth telling the user, such as "no publication date found"
 */
public record Article(
        String sourceKey,
        String sourceLabel,
        String text,
        Metadata metadata,
        ArticleFormat format,
        List<String> notes) {

    public Article {
        requireNonNull(sourceKey, "sourceKey");
        requireNonNull(sourceLabel, "sourceLabel");
        requireNonNull(text, "text");
        requireNonNull(metadata, "metadata");
        requireNonNull(format, "format");
        notes = List.copyOf(notes);
    }

    public Article withMetadata(Metadata newMetadata) {
        return new Article(sourceKey, sourceLabel, text, newMetadata, format, notes);
    }

    public Article withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Article(sourceKey, sourceLabel, text, metadata, format, more);
    }
}
