package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            Home | World
            Envoys meet again in Oslo as fishing dispute drags on
            By Ana Ruiz | North Sea Courier | Published: 4 March 2024
            Norway and Iceland held a second day of talks on Monday.
            Copyright 2024 North Sea Courier. All rights reserved.
            """;

    @Test
    void plainTextTakesTitleOutletAndDateFromThePage() throws IOException {
        Files.writeString(dir.resolve("a.txt"), PAGE);
        Article a = only(new ArticleSources(Manifest.empty()).read(List.of(dir.resolve("a.txt").toString())).toList());
        assertThat(a.metadata().title()).contains("Envoys meet again in Oslo as fishing dispute drags on");
        assertThat(a.metadata().outlet()).contains("North Sea Courier");
        assertThat(a.metadata().published()).contains(LocalDate.of(2024, 3, 4));
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void aRepostDatesItselfByTheLineThatSaysWhenTheStoryWasFirstFiled() throws IOException {
        Files.writeString(dir.resolve("r.txt"), """
                Lake accord delayed again
                Harbour History | a reader's archive of old dispatches

                This dispatch was first filed by the Lakeside News Service on Thursday, May 14, 1998.

                The two fishing fleets left the table on Thursday without a deal.
                """);
        Article a = only(new ArticleSources(Manifest.empty()).read(List.of(dir.resolve("r.txt").toString())).toList());
        assertThat(a.metadata().published()).contains(LocalDate.of(1998, 5, 14));
    }

    @Test
    void aBareDateAboveTheHeadlineIsTheSiteHeaderNotThePublicationDate() throws IOException {
        Files.writeString(dir.resolve("b.txt"), """
                Fri, 9 August 2024
                Talks between the two delegations resume in Nairobi
                The delegations met again on Thursday.
                """);
        Article a = only(new ArticleSources(Manifest.empty()).read(List.of(dir.resolve("b.txt").toString())).toList());
        assertThat(a.metadata().published()).isEmpty();
        assertThat(a.notes()).anyMatch(n -> n.contains("no publication date"));
    }

    @Test
    void manifestMetadataWinsOverThePageByPathOrBareName() throws IOException, ReadException {
        Path sub = Files.createDirectories(dir.resolve("in"));
        Files.writeString(sub.resolve("a.txt"), PAGE);
        Files.writeString(sub.resolve("c.txt"), "Short item about a ceasefire that held overnight in the north.");
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, """
                file,outlet,published,url,extra
                in/a.txt,Courier Online,2024-03-05,https://example.org/a,ignored
                c.txt,Bulletin,2024-03-06,,
                """);
        List<ReadOutcome> out = new ArticleSources(Manifest.read(manifest)).read(List.of(sub.toString())).toList();
        Article a = (Article) out.stream().map(o -> ((ReadOutcome.Success) o).article())
                .filter(x -> x.sourceLabel().endsWith("a.txt")).findFirst().orElseThrow();
        Article c = (Article) out.stream().map(o -> ((ReadOutcome.Success) o).article())
                .filter(x -> x.sourceLabel().endsWith("c.txt")).findFirst().orElseThrow();
        assertThat(a.metadata().outlet()).contains("Courier Online");
        assertThat(a.metadata().published()).contains(LocalDate.of(2024, 3, 5));
        assertThat(a.metadata().title()).as("the page still gives what the manifest leaves out")
                .contains("Envoys meet again in Oslo as fishing dispute drags on");
        assertThat(a.sourceKey()).as("a URL identifies the source").isEqualTo("https://example.org/a");
        assertThat(c.metadata().outlet()).contains("Bulletin");
    }

    @Test
    void htmlUsesItsMarkupAndLeavesNavigationAndScriptsOut() throws IOException {
        Files.writeString(dir.resolve("p.html"), """
                <html lang="en-GB"><head><title>ignored</title>
                <meta property="og:title" content="Mediators propose a truce">
                <meta property="og:site_name" content="Lakeside Times">
                <meta property="article:published_time" content="2024-05-02T10:00:00+02:00">
                <link rel="canonical" href="https://lakeside.example/truce"></head>
                <body><nav>Home | Sport</nav><script>var x = 1;</script>
                <article><p>The mediators proposed a three-day truce on Wednesday.</p>
                <p>"We are ready," the envoy said.</p></article><footer>All rights reserved</footer></body></html>
                """);
        Article a = only(new ArticleSources(Manifest.empty()).read(List.of(dir.resolve("p.html").toString())).toList());
        assertThat(a.metadata().title()).contains("Mediators propose a truce");
        assertThat(a.metadata().outlet()).contains("Lakeside Times");
        assertThat(a.metadata().published()).contains(LocalDate.of(2024, 5, 2));
        assertThat(a.metadata().url()).contains("https://lakeside.example/truce");
        assertThat(a.metadata().language()).contains("en");
        assertThat(a.text()).startsWith("Mediators propose a truce\n\nThe mediators proposed");
        assertThat(a.text()).contains("\"We are ready,\" the envoy said.").doesNotContain("var x").doesNotContain("Sport");
    }

    @Test
    void jsonLinesGiveOneArticlePerRecordAndOneProblemPerBadLine() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), """
                {"title": "First", "maintext": "A first story about a meeting in Cairo.", "url": "https://x.example/1", "date_publish": "2024-01-02 10:00:00", "source_domain": "x.example"}
                {"title": "Broken", "text": "unfinished
                {"headline": "Third", "content": "<p>Third story, <b>in HTML</b>.</p>", "publishedAt": "2024-01-04T08:00:00Z", "source": {"name": "Agency"}}
                {"title": "No text here"}
                """);
        List<ReadOutcome> out = new ArticleSources(Manifest.empty()).read(List.of(dir.resolve("feed.jsonl").toString())).toList();
        assertThat(out).hasSize(4);
        Article first = ((ReadOutcome.Success) out.get(0)).article();
        assertThat(first.sourceKey()).isEqualTo("https://x.example/1");
        assertThat(first.metadata().published()).contains(LocalDate.of(2024, 1, 2));
        assertThat(first.metadata().outlet()).contains("x.example");
        assertThat(first.text()).isEqualTo("First\n\nA first story about a meeting in Cairo.");
        assertThat(out.get(1)).isInstanceOf(ReadOutcome.Failure.class);
        assertThat(((ReadOutcome.Failure) out.get(1)).reason()).startsWith("malformed JSON line");
        assertThat(out.get(1).source()).endsWith("feed.jsonl#2");
        Article third = ((ReadOutcome.Success) out.get(2)).article();
        assertThat(third.text()).isEqualTo("Third\n\nThird story, in HTML.");
        assertThat(third.metadata().outlet()).contains("Agency");
        assertThat(((ReadOutcome.Failure) out.get(3)).reason()).contains("no article text");
    }

    @Test
    void aJsonFileMayHoldOneArticleOrAnArrayOfThem() throws IOException {
        Files.writeString(dir.resolve("one.json"), "{\"title\": \"One\", \"body\": \"Body of one.\", \"date\": \"2024-02-01\"}");
        Files.writeString(dir.resolve("many.json"), "{\"articles\": [{\"title\": \"A\", \"text\": \"Body a.\"}, {\"title\": \"B\", \"text\": \"Body b.\"}]}");
        List<ReadOutcome> out = new ArticleSources(Manifest.empty()).read(List.of(dir.toString())).toList();
        assertThat(out).hasSize(3).allMatch(o -> o instanceof ReadOutcome.Success);
        assertThat(out.stream().map(ReadOutcome::source).toList())
                .anyMatch(s -> s.endsWith("many.json#1")).anyMatch(s -> s.endsWith("many.json#2")).anyMatch(s -> s.endsWith("one.json"));
    }

    @Test
    void badInputsGiveOneClearReasonEach() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("notes.pdf"), "not an article");
        Path emptyFolder = Files.createDirectories(dir.resolve("nothing-here"));
        Files.writeString(emptyFolder.resolve("readme.md"), "no articles");
        List<ReadOutcome> out = new ArticleSources(Manifest.empty()).read(List.of(
                dir.resolve("empty.txt").toString(), dir.resolve("binary.txt").toString(), dir.resolve("latin1.txt").toString(),
                dir.resolve("notes.pdf").toString(), emptyFolder.toString(), dir.resolve("missing.txt").toString())).toList();
        assertThat(out).hasSize(6).allMatch(o -> o instanceof ReadOutcome.Failure);
        assertThat(out.stream().map(o -> ((ReadOutcome.Failure) o).reason()).toList()).containsExactly(
                "empty file",
                "binary file, not text (contains NUL or control bytes)",
                "not valid UTF-8 (bad byte at offset 3)",
                "unsupported file type (expected .txt, .html, .htm, .json or .jsonl)",
                "folder holds no articles (.txt, .html, .htm, .json, .jsonl)",
                "no such file or folder");
    }

    @Test
    void aMissingManifestIsRefusedWithItsPath() {
        Path missing = dir.resolve("nope.csv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifest.read(missing))
                .isInstanceOf(ReadException.class).hasMessageContaining("manifest not found").hasMessageContaining("nope.csv");
    }

    @Test
    void aManifestWithoutAFileColumnIsRefused() throws IOException {
        Path manifest = dir.resolve("m.csv");
        Files.writeString(manifest, "name,outlet\na.txt,X\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifest.read(manifest))
                .isInstanceOf(ReadException.class).hasMessageContaining("no 'file' column");
    }

    private static Article only(List<ReadOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Success.class);
        return ((ReadOutcome.Success) outcomes.get(0)).article();
    }
}
