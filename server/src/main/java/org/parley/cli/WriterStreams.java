package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/** Lets writers of bytes (Jena's and RDF4J's serializers) write to a command's output writer. */
final class WriterStreams {
    private WriterStreams() {}

    static OutputStream of(PrintWriter writer) {
        try {
            return WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
