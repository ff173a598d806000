package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;

/**
 * A load that runs out of disk space, on a real small file system (a 4 MB tmpfs, mounted for the
 * test; this needs root, as CI runs): one clear line and exit status 1, and a store that opens with
 * every stored article whole.
 */
class DiskFullIT {
    private static final Pattern STORED = Pattern.compile("(\\d+) article\\(s\\) of this run stored");

    @TempDir
    Path dir;

    @Test
    void aFullDiskEndsTheLoadWithOneLineAndAConsistentStore() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()) == 0;
        if (!mounted && System.getenv("CI") != null) {
            throw new AssertionError("CI runs as root and must be able to mount a small tmpfs for this test");
        }
        assumeTrue(mounted, "cannot mount a small file system here (needs root)");
        Path copy = dir.resolve("copy");
        Process load;
        String output;
        try {
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            for (int i = 0; i < 80; i++) {
                Files.writeString(corpus.resolve(String.format("a%02d.txt", i)), """
                        Envoys of Benin and Niger hold talks on the border, round %1$d
                        Delegations from Benin and Niger met in Cotonou on Wednesday for round %1$d of talks on the border crossing.
                        "We are closer to reopening the border," Beninese negotiator Aicha Sow said after meeting number %1$d.
                        Niger demanded guarantees for its trucks at the port, the foreign ministry said in statement %1$d.
                        """.formatted(i + 1));
            }
            Path db = mount.resolve("db");
            Path jar = Cli.HOME.resolve("server/target/parley.jar");
            assertThat(jar).as("the packaged jar (mvn verify packages before integration tests)").exists();
            load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                    // A short load: the quick compiler and the serial collector spare the CPU the tests share.
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
                    "-jar", jar.toString(), "load", "--db", db.toString(), "--threads", "1", corpus.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("load.log").toFile()).start();
            assertThat(load.waitFor(10, TimeUnit.MINUTES)).isTrue();
            output = Files.readString(dir.resolve("load.log"));
            assertThat(run("cp", "-r", "--sparse=always", db.toString(), copy.toString())).isZero();
        } finally {
            run("umount", "-l", mount.toString());
        }
        assertThat(load.exitValue()).as(output).isEqualTo(1);
        List<String> diskLines = output.lines().filter(l -> l.contains("disk full")).toList();
        assertThat(diskLines).as(output).singleElement().asString()
                .startsWith("parley: load: disk full while writing").contains("the store is consistent");
        assertThat(output).as("no stack trace").doesNotContain("\tat ", "Exception", "InternalError");
        Matcher m = STORED.matcher(diskLines.get(0));
        assertThat(m.find()).isTrue();
        int stored = Integer.parseInt(m.group(1));

        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (ParleyStore store = ParleyStore.open(copy)) {
            assertThat(store.baseIri()).contains(Iris.DEFAULT_BASE);
            assertThat(store.articleCount(iris)).as("the articles the line counted").isEqualTo(stored).isLessThan(80);
            assertThat(StoredArticles.broken(store, iris)).as("article graphs that are not whole").isEmpty();
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
