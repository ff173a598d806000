package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Connected components of blocks in {@code local[2]}: which mentions a distributed resolution resolves together. */
class BlockComponentsTest {
    private static SparkSession spark;
    private static JavaSparkContext sc;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("parley-components-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Map<String, String> components(Map<String, List<String>> blocksOf) {
        List<Tuple2<String, List<String>>> pairs = new ArrayList<>();
        blocksOf.forEach((m, b) -> pairs.add(new Tuple2<>(m, b)));
        JavaPairRDD<String, List<String>> rdd = sc.parallelizePairs(pairs, 3);
        return BlockComponents.of(rdd, new HashPartitioner(3)).collectAsMap();
    }

    @Test
    void mentionsChainedThroughSharedBlocksAreOneComponentHoweverLongTheChain() {
        // m0 reads d00 and d01, m1 reads d01 and d02, ...: a chain of 40 blocks, longer than any number of fixed rounds.
        Map<String, List<String>> chain = new java.util.TreeMap<>();
        for (int i = 0; i < 40; i++) {
            chain.put("m" + i, List.of(String.format("d%02d", 39 - i), String.format("d%02d", 40 - i)));
        }
        Map<String, String> out = components(chain);
        assertThat(out).hasSize(40);
        assertThat(out.values().stream().distinct().toList()).as("one component").hasSize(1);
    }

    @Test
    void mentionsThatShareNoBlockThroughAnyChainAreApart() {
        Map<String, String> out = components(Map.of(
                "a1", List.of("x", "y"), "a2", List.of("y"), "a3", List.of("z", "x"),
                "b1", List.of("p"), "b2", List.of("q", "p"),
                "c1", List.of()));
        Map<String, List<String>> byComponent = out.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        assertThat(byComponent.values()).extracting(l -> l.stream().sorted().toList())
                .containsExactlyInAnyOrder(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1"));
    }
}
