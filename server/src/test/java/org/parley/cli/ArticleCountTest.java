package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCountTest {
    @TempDir
    Path dir;

    @Test
    void countsArticlesNotFiles() throws Exception {
        Path lines = Files.writeString(dir.resolve("day.jsonl"), "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n");
        Path array = Files.writeString(dir.resolve("batch.json"), "[{\"text\":\"a\"},{\"text\":\"b\"}]");
        Path wrapped = Files.writeString(dir.resolve("feed.json"), "{\"status\":\"ok\",\"articles\":[{\"text\":\"a\"},{\"text\":\"b\"},{\"text\":\"c\"},{\"text\":\"d\"}]}");
        Path one = Files.writeString(dir.resolve("one.json"), "{\"text\":\"a\"}");
        Path text = Files.writeString(dir.resolve("story.txt"), "Talks resumed.");
        Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"text\":");
        assertThat(ArticleCount.of(List.of(lines, array, wrapped, one, text, broken))).isEqualTo(3 + 2 + 4 + 1 + 1 + 1);
    }
}
