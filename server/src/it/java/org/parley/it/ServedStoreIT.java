package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.load.Pipeline;
import org.parley.serve.ServedStore;
import org.parley.testing.SharedPipeline;

/**
 * While {@code parley serve} runs on a store (in its own process, as in real use), the commands
 * that would open the store say which server holds it and where to ask instead; once it stops,
 * they work again.
 */
@ExtendWith(SharedPipeline.class)
class ServedStoreIT {
    private static final Pattern SERVING = Pattern.compile("serving .* at (http://\\S+/)");

    @TempDir
    Path dir;

    private final Cli cli;

    ServedStoreIT(Pipeline pipeline) {
        this.cli = new Cli(pipeline);
    }

    @Test
    void commandsOnAServedStoreNameTheServerInstead() throws Exception {
        Path db = dir.resolve("db");
        Path examples = Cli.HOME.resolve("examples");
        assertThat(cli.run("load", "--db", db.toString(), "--manifest", examples.resolve("manifest.csv").toString(),
                examples.toString()).status()).isZero();
        Path jar = Cli.HOME.resolve("server/target/parley.jar");
        assertThat(jar).as("the packaged jar (mvn verify packages before integration tests)").exists();
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dparley.home=" + Cli.HOME, "-jar", jar.toString(), "serve", "--db", db.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            String url = awaitUrl(serve);
            assertThat(ServedStore.find(db)).as("the note in the store folder").hasValueSatisfying(s -> {
                assertThat(s.url()).isEqualTo(url);
                assertThat(s.pid()).isEqualTo(serve.pid());
            });
            for (List<String> command : List.of(List.of("query", "--db", db.toString(), "articles"),
                    List.of("stats", "--db", db.toString()), List.of("validate", "--db", db.toString()),
                    List.of("export", "--db", db.toString(), "--format", "nquads"),
                    List.of("load", "--db", db.toString(), examples.toString()))) {
                Cli.Run run = cli.run(command.toArray(String[]::new));
                assertThat(run.status()).as(command.get(0)).isEqualTo(1);
                assertThat(run.err()).as(command.get(0)).contains("served by a Parley server", "pid " + serve.pid(), url,
                        url + "parley/sparql", "./parley load --server " + url);
                assertThat(run.err().lines().count()).as("one line").isEqualTo(1);
            }
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(db.resolve(ServedStore.FILE))).as("the note is removed when the server stops").isFalse();
        Cli.Run after = cli.run("stats", "--db", db.toString());
        assertThat(after.status()).as(after.err()).isZero();
    }

    private static String awaitUrl(Process serve) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        serve.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (java.io.IOException e) {
                        // the server stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }
}
