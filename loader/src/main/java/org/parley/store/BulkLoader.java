package org.parley.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Jena's TDB2 bulk loader (what {@code tdb2.tdbloader --loader=basic} runs, the fastest of its
 * loaders on two cores), for loading RDF files into a store. A file whose name names no RDF
 * syntax is read as N-Quads (Spark names its output {@code part-*}); {@code .gz} is unpacked.
 */
public final class BulkLoader {
    private BulkLoader() {}

    /** Loads the files in one bulk transaction; returns the number of quads and triples read. */
    public static long load(ParleyStore store, List<Path> files) {
        DataLoader loader = LoaderFactory.basicLoader(store.datasetGraph(), (fmt, args) -> {});
        loader.startBulk();
        try {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean gzip = name.endsWith(".gz");
                Lang lang = RDFLanguages.filenameToLang(gzip ? name.substring(0, name.length() - 3) : name, Lang.NQUADS);
                try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                     InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
                    loader.loadFromInputStream(file.toUri().toString(), in, lang);
                }
            }
            loader.finishBulk();
        } catch (IOException e) {
            loader.finishException(e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }
}
