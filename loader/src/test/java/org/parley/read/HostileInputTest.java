package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that once hung, aborted or misread a batch: each is reported or read, and the rest goes on. */
class HostileInputTest {
    private static final String TEXT = "Envoys of Chile and Peru met in Lima on Monday for talks on the maritime border.\n";

    @TempDir
    Path dir;

    private List<ReadOutcome> read(Manifest manifest, Path... paths) {
        List<String> given = java.util.Arrays.stream(paths).map(Path::toString).toList();
        return new ArticleSources(manifest, 1 << 20).read(given).toList();
    }

    private static List<String> failures(List<ReadOutcome> outcomes) {
        return outcomes.stream().filter(o -> o instanceof ReadOutcome.Failure)
                .map(o -> o.source() + ": " + ((ReadOutcome.Failure) o).reason()).toList();
    }

    private static List<Article> articles(List<ReadOutcome> outcomes) {
        return outcomes.stream().filter(o -> o instanceof ReadOutcome.Success).map(o -> ((ReadOutcome.Success) o).article()).toList();
    }

    @Test
    void aFifoNamedOnTheCommandLineOrFoundInAFolderIsSkippedNotOpened() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("good.txt"), TEXT);
        Path fifo = folder.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");

        List<ReadOutcome> named = read(Manifest.empty(), fifo);
        assertThat(failures(named)).singleElement().asString().contains("pipe.txt", "not a regular file");
        List<ReadOutcome> walked = read(Manifest.empty(), folder);
        assertThat(articles(walked)).hasSize(1);
        assertThat(failures(walked)).singleElement().asString().contains("pipe.txt", "FIFO");
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreDecoded() throws IOException {
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            Path file = dir.resolve(charset + ".txt");
            byte[] bom = "\uFEFF".getBytes(Charset.forName(charset));
            byte[] body = TEXT.getBytes(Charset.forName(charset));
            Files.write(file, concat(bom, body));
            Article a = articles(read(Manifest.empty(), file)).get(0);
            assertThat(a.text().strip()).as(charset).isEqualTo(TEXT.strip());
        }
        Path lines = dir.resolve("feed.jsonl");
        Files.write(lines, concat("\uFEFF".getBytes(StandardCharsets.UTF_16LE),
                "{\"title\": \"Talks\", \"text\": \"Envoys met in Lima for talks on the border.\"}\n".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(articles(read(Manifest.empty(), lines))).singleElement().extracting(Article::text).asString().contains("Lima");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsStillCalledBinary() throws IOException {
        Path file = dir.resolve("bare16.txt");
        Files.write(file, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(failures(read(Manifest.empty(), file))).singleElement().asString().contains("binary");
    }

    @Test
    void aFileOverTheSizeLimitIsReportedUnread() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, TEXT.repeat(20_000));
        assertThat(failures(read(Manifest.empty(), big))).singleElement().asString().contains("big.txt", "MB", "--max-file-size");
    }

    @Test
    void aJsonLineOverTheLimitIsSkippedAndTheNextLineRead() throws IOException {
        Path lines = dir.resolve("long.jsonl");
        Files.writeString(lines, "{\"text\": \"" + "word ".repeat(300_000) + "\"}\n"
                + "{\"title\": \"T\", \"text\": \"" + TEXT.strip() + "\"}\n");
        List<ReadOutcome> out = read(Manifest.empty(), lines);
        assertThat(failures(out)).singleElement().asString().contains("long.jsonl#1", "line longer than");
        assertThat(articles(out)).singleElement().extracting(Article::sourceLabel).isEqualTo(lines + "#2");
    }

    @Test
    void onlyWebLinksAreStoredAsUrlsWhicheverReaderFoundThem() throws Exception {
        Path txt = dir.resolve("a.txt");
        Files.writeString(txt, TEXT);
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "file,url\na.txt,javascript:alert(1)\n");
        Manifest m = Manifest.read(manifest);
        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("manifest.csv:2");
            assertThat(p.message()).contains("not an http(s) link");
        });
        assertThat(articles(read(m, txt)).get(0).metadata().url()).isEmpty();

        Path json = dir.resolve("b.json");
        Files.writeString(json, "{\"url\": \"javascript:alert(1)\", \"title\": \"T\", \"text\": \"" + TEXT.strip() + "\"}");
        Article fromJson = articles(read(Manifest.empty(), json)).get(0);
        assertThat(fromJson.metadata().url()).isEmpty();
        assertThat(fromJson.notes()).anyMatch(n -> n.contains("not an http(s) link"));

        Path html = dir.resolve("c.html");
        Files.writeString(html, "<html><head><link rel=canonical href=\"javascript:alert(1)\"><title>T</title></head><body><p>"
                + TEXT + "</p></body></html>");
        assertThat(articles(read(Manifest.empty(), html)).get(0).metadata().url()).isEmpty();

        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd",
                "//evil.example/x", "http:/x", "https://host/a b", "https://host/\"><script>", "httpx://host/")) {
            assertThat(WebUrl.isWeb(url)).as(url).isFalse();
        }
        for (String url : List.of("http://example.org/a", "https://example.org/a?b=c#d", "https://пример.рф/статья")) {
            assertThat(WebUrl.isWeb(url)).as(url).isTrue();
        }
    }

    @Test
    void manifestProblemsAreReportedPerRowWithTheManifestsNameAndLine() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Files.writeString(dir.resolve("b.txt"), TEXT.replace("Monday", "Tuesday"));
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, """
                file,published,autor
                a.txt,not a date,X
                gone.txt,2024-01-02,Y
                b.txt,"2024-01-03,Z
                """);
        Manifest m = Manifest.read(manifest);
        List<ReadOutcome> out = read(m, dir.resolve("a.txt"), dir.resolve("b.txt"));
        assertThat(articles(out)).hasSize(2);
        List<String> problems = new java.util.ArrayList<>();
        m.problems().forEach(p -> problems.add(p.source() + " " + p.message()));
        m.missingFiles().forEach(p -> problems.add(p.source() + " " + p.message()));
        assertThat(problems).anyMatch(p -> p.contains("manifest.csv:1 unknown column 'autor'"))
                .anyMatch(p -> p.contains("manifest.csv:2 published 'not a date' is not a date"))
                .anyMatch(p -> p.contains("manifest.csv:3 file 'gone.txt'"))
                .anyMatch(p -> p.contains("manifest.csv:") && p.contains("broken CSV"));
    }

    @Test
    void aManifestThatCannotBeReadIsRefusedWithOneLine() throws IOException {
        Path binary = dir.resolve("manifest.csv");
        Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0});
        assertThatThrownBy(() -> Manifest.read(binary)).isInstanceOf(ReadException.class).hasMessageContaining("cannot read manifest");
        Path noFile = dir.resolve("other.csv");
        Files.writeString(noFile, "url,title\nhttps://example.org,T\n");
        assertThatThrownBy(() -> Manifest.read(noFile)).hasMessageContaining("no 'file' column");
    }

    @Test
    void deeplyNestedOrEndlessJsonIsAFailureNotACrash() throws IOException {
        Path nested = dir.resolve("nested.json");
        Files.writeString(nested, "[".repeat(100_000) + "]".repeat(100_000));
        assertThat(failures(read(Manifest.empty(), nested))).singleElement().asString().contains("nested.json");
        Path lines = dir.resolve("nested.jsonl");
        Files.writeString(lines, "{\"text\": " + "[".repeat(50_000) + "\n{\"title\": \"T\", \"text\": \"" + TEXT.strip() + "\"}\n");
        List<ReadOutcome> out = read(Manifest.empty(), lines);
        assertThat(failures(out)).singleElement().asString().contains("nested.jsonl#1");
        assertThat(articles(out)).hasSize(1);
    }

    @Test
    void aLinkToNothingIsReported() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("links"));
        Files.writeString(folder.resolve("real.txt"), TEXT);
        Files.createSymbolicLink(folder.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        List<ReadOutcome> out = read(Manifest.empty(), folder);
        assertThat(articles(out)).hasSize(1);
        assertThat(failures(out)).singleElement().asString().contains("dangling.txt", "does not exist");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
