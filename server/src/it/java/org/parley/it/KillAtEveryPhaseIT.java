package org.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.load.Pipeline;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;
import org.parley.testing.SharedPipeline;
import org.parley.vocab.Parley;

/**
 * A load killed at each phase (models, articles, resolution, run record) in its own process leaves a
 * store that keeps its base IRI (a load with another base is refused), whose every article is whole,
 * whose record of the killed run says it was interrupted, and which the next run completes.
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillAtEveryPhaseIT {
    private static final String BASE = "http://localhost:3030/";

    @TempDir
    static Path dir;

    private final Cli cli;
    /** The dying loads, started together: each spends most of its life loading the language models. */
    private final Map<KillAt.Phase, Process> loads = new EnumMap<>(KillAt.Phase.class);

    KillAtEveryPhaseIT(Pipeline pipeline) {
        this.cli = new Cli(pipeline);
    }

    @BeforeAll
    void startTheLoadsThatDie() throws Exception {
        for (KillAt.Phase phase : KillAt.Phase.values()) {
            Path corpus = Files.createDirectories(dir.resolve(phase.name()).resolve("corpus"));
            for (int i = 0; i < 5; i++) {
                Files.writeString(corpus.resolve("a" + i + ".txt"), """
                        Envoys of Ghana and Togo hold border talks, round %1$d
                        Delegations from Ghana and Togo met in Accra on Tuesday for round %1$d of talks on their border.
                        "The talks were useful," Ghanaian negotiator Kofi Mensah said after meeting number %1$d.
                        """.formatted(i + 1));
            }
            loads.put(phase, new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                    // A short load: the quick compiler and the serial collector spare the CPU the tests share.
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xss4m", "-cp", System.getProperty("java.class.path"), KillAt.class.getName(), phase.name(),
                    db(phase).toString(), corpus.toString(), BASE).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(phase.name()).resolve("killed.log").toFile()).start());
        }
    }

    @AfterAll
    void stopWhatIsLeft() {
        loads.values().forEach(Process::destroyForcibly);
    }

    private static Path db(KillAt.Phase phase) {
        return dir.resolve(phase.name()).resolve("db");
    }

    @ParameterizedTest
    @EnumSource(KillAt.Phase.class)
    void aLoadKilledAtThisPhaseKeepsTheStoresIdentityAndTheNextRunCompletesIt(KillAt.Phase phase) throws Exception {
        Process load = loads.get(phase);
        Path db = db(phase);
        Path corpus = dir.resolve(phase.name()).resolve("corpus");
        assertThat(load.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(load.exitValue()).as(Files.readString(dir.resolve(phase.name()).resolve("killed.log"))).isEqualTo(KillAt.KILLED);

        Cli.Run other = cli.run("load", "--db", db.toString(), "--base", "https://other.example/", corpus.toString());
        assertThat(other.status()).as("a load under another base").isEqualTo(1);
        assertThat(other.err()).contains("loaded with base IRI " + BASE);

        int interrupted = countRuns(db, true);
        if (phase == KillAt.Phase.MODELS) {
            assertThat(interrupted).as("nothing was changed, nothing recorded").isZero();
        } else {
            assertThat(interrupted).as("the killed run's record").isEqualTo(1);
        }
        assertThat(cli.run("validate", "--db", db.toString()).status()).as("the store conforms after the kill").isZero();
        if (phase == KillAt.Phase.RESOLUTION || phase == KillAt.Phase.RECORD) {
            try (ParleyStore store = ParleyStore.open(db)) {
                assertThat(store.articleCount(new Iris(BASE))).as("the last batch, written with the resolution, is lost whole")
                        .isEqualTo(4);
            }
        }

        Cli.Run rerun = cli.run("load", "--db", db.toString(), "--base", BASE, corpus.toString());
        assertThat(rerun.status()).as(rerun.err()).isZero();
        try (ParleyStore store = ParleyStore.open(db)) {
            assertThat(store.articleCount(new Iris(BASE))).isEqualTo(5);
            assertThat(store.baseIri()).contains(BASE);
        }
        assertThat(countRuns(db, true)).as("the killed run stays marked").isEqualTo(interrupted);
        assertThat(countRuns(db, false)).as("finished runs").isGreaterThanOrEqualTo(phase == KillAt.Phase.RECORD ? 0 : 1);
        assertThat(cli.run("validate", "--db", db.toString()).status()).isZero();
    }

    private static int countRuns(Path db, boolean interrupted) throws Exception {
        try (ParleyStore store = ParleyStore.open(db)) {
            List<String> runs = new ArrayList<>();
            store.select("PREFIX parley: <" + Parley.NS + "> SELECT ?r WHERE { ?r a parley:LoadRun "
                    + (interrupted ? "; parley:interrupted true }" : "FILTER NOT EXISTS { ?r parley:interrupted true } }"),
                    row -> runs.add(row.getResource("r").getURI()));
            return runs.size();
        }
    }
}
