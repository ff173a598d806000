package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file or folder the loader may not read is reported with the reason, and the walk goes on (it
 * once aborted the whole batch). Root reads everything, so as root the reading runs in a process
 * without the capabilities that let root ignore permissions.
 */
class UnreadableInputTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableFileAndFolderAreReportedAndTheRestIsRead() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), "Envoys of Chile and Peru met in Lima on Monday for talks.");
        Path secret = in.resolve("b-secret.txt");
        Files.writeString(secret, "Envoys met again on Tuesday.");
        Path locked = Files.createDirectories(in.resolve("c-locked"));
        Files.writeString(locked.resolve("inside.txt"), "Envoys met again on Wednesday.");
        Files.writeString(in.resolve("d-good.txt"), "Envoys of Chile and Peru met in Lima on Thursday for talks.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            List<String> lines = read(in);
            assertThat(lines).filteredOn(l -> l.startsWith("READ")).hasSize(2);
            assertThat(lines).anyMatch(l -> l.startsWith("FAILED") && l.contains("b-secret.txt") && l.contains("permission denied"))
                    .anyMatch(l -> l.startsWith("FAILED") && l.contains("c-locked") && l.contains("permission denied"));
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private List<String> read(Path folder) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            List<String> out = new ArrayList<>();
            new ArticleSources(Manifest.empty()).read(List.of(folder.toString())).forEach(o -> out.add(o instanceof ReadOutcome.Failure f
                    ? "FAILED " + f.source() + ": " + f.reason() : "READ " + o.source()));
            return out;
        }
        Path setpriv = Path.of("/usr/bin/setpriv");
        if (!Files.isExecutable(setpriv) && System.getenv("CI") != null) {
            throw new AssertionError("CI runs as root and needs setpriv (util-linux) to drop root's file permissions for this test");
        }
        assumeTrue(Files.isExecutable(setpriv), "running as root without setpriv");
        Process p = new ProcessBuilder(setpriv.toString(), "--bounding-set", "-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                PrintOutcomes.class.getName(), folder.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output.lines().filter(l -> l.startsWith("READ") || l.startsWith("FAILED")).toList();
    }
}
