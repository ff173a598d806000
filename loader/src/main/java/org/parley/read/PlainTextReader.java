package org.parley.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads a plain-text article (UTF-8), inferring metadata from what the page text states. */
public final class PlainTextReader implements ArticleReader {

    @Override
    public Stream<ReadOutcome> read(Path file, String givenPath) {
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file));
            Metadata metadata = PageMetadata.infer(text);
            return Stream.of(new ReadOutcome.Success(new Article(
                    Sources.fileKey(file), givenPath, text, metadata, ArticleFormat.TEXT, List.of())));
        } catch (ReadException e) {
            return Stream.of(new ReadOutcome.Failure(givenPath, e.getMessage()));
        } catch (IOException e) {
            return Stream.of(new ReadOutcome.Failure(givenPath, Sources.cannotRead(e)));
        }
    }
}
