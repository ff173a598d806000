package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;
import org.parley.testing.SharedPipeline;

/**
 * A load killed with SIGKILL midway leaves a store that opens, holds only whole articles, and a
 * rerun completes. The killed load runs the packaged {@code parley.jar} in its own JVM.
 */
@ExtendWith(SharedPipeline.class)
class KilledLoadIT {
    private static final int ARTICLES = 30;

    @TempDir
    Path dir;

    private final Cli cli;

    KilledLoadIT(Pipeline pipeline) {
        this.cli = new Cli(pipeline);
    }

    @Test
    void aLoadKilledMidwayKeepsWholeArticlesAndARerunCompletesIt() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(corpus.resolve(String.format("a%02d.txt", i)), """
                    Envoys of Kenya and Somalia hold talks round %1$d
                    Delegations from Kenya and Somalia met in Nairobi on Monday for round %1$d of talks on the maritime border.
                    "We are closer to an agreement than before," Kenyan negotiator Amina Odhiambo said after meeting number %1$d.
                    Somalia demanded the withdrawal of Kenyan troops from the border area, the foreign ministry said.
                    """.formatted(i));
        }
        Path db = dir.resolve("db");
        Path jar = Cli.HOME.resolve("server/target/parley.jar");
        assertThat(jar).as("the packaged jar (mvn verify packages before integration tests)").exists();
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                // A short load: the quick compiler and the serial collector spare the CPU the tests share.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toString(), "load", "--db", db.toString(), "--threads", "1", corpus.toString())
                .redirectErrorStream(true).start();
        int added = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.contains(": added")) {
                    added++;
                }
                if (added == 3) {
                    load.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(load.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(added).as("the load was killed after its third article").isEqualTo(3);

        Iris iris = new Iris(Iris.DEFAULT_BASE);
        int stored;
        try (ParleyStore store = ParleyStore.open(db)) {
            stored = store.articleCount(iris);
            assertThat(stored).isBetween(3, ARTICLES - 1);
            assertThat(StoredArticles.broken(store, iris)).as("article graphs that are not whole").isEmpty();
        }
        Cli.Run rerun = cli.run("load", "--db", db.toString(), corpus.toString());
        assertThat(rerun.status()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains((ARTICLES - stored) + " added", stored + " unchanged");
        try (ParleyStore store = ParleyStore.open(db)) {
            assertThat(store.articleCount(iris)).isEqualTo(ARTICLES);
        }
    }
}
