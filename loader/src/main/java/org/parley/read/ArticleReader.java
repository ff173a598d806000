package org.parley.read;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads the articles in one file. A file may hold several (JSON arrays, JSON Lines). */
public interface ArticleReader {

    /**
     * The articles in {@code file}, lazily, one outcome per article or per unreadable record.
     *
     * @param file      the file to read
     * @param givenPath the path as the user gave it, used as the article's source label
     */
    Stream<ReadOutcome> read(Path file, String givenPath);
}
