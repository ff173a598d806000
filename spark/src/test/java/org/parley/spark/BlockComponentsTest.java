package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

    /** Union-find on the driver, and label propagation in Spark stages. */
    enum Where {
        ON_DRIVER(Long.MAX_VALUE), IN_STAGES(0);

        final long onDriverUpTo;

        Where(long onDriverUpTo) {
            this.onDriverUpTo = onDriverUpTo;
        }
    }

    private static Map<String, String> components(Map<String, List<String>> blocksOf, Where where) {
        List<Tuple2<String, List<String>>> pairs = new ArrayList<>();
        blocksOf.forEach((m, b) -> pairs.add(new Tuple2<>(m, b)));
        JavaPairRDD<String, List<String>> rdd = sc.parallelizePairs(pairs, 3);
        return new HashMap<>(BlockComponents.of(rdd, new HashPartitioner(3), where.onDriverUpTo).collectAsMap());
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void mentionsChainedThroughSharedBlocksAreOneComponentHoweverLongTheChain(Where where) {
        // m0 reads d00 and d01, m1 reads d01 and d02, ...: a chain of 40 blocks, longer than any number of fixed rounds.
        Map<String, List<String>> chain = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            chain.put("m" + i, List.of(String.format("d%02d", 39 - i), String.format("d%02d", 40 - i)));
        }
        Map<String, String> out = components(chain, where);
        assertThat(out).hasSize(40);
        assertThat(out.values().stream().distinct().toList()).as("one component").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void mentionsThatShareNoBlockThroughAnyChainAreApart(Where where) {
        Map<String, String> out = components(Map.of(
                "a1", List.of("x", "y"), "a2", List.of("y"), "a3", List.of("z", "x"),
                "b1", List.of("p"), "b2", List.of("q", "p"),
                "c1", List.of()), where);
        Map<String, List<String>> byComponent = out.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        assertThat(byComponent.values()).extracting(l -> l.stream().sorted().toList())
                .containsExactlyInAnyOrder(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1"));
    }

    @Test
    void theDriverAndTheStagesNameTheSameComponentsOnARandomGraph() {
        // 300 mentions reading 1-3 of 400 blocks: many components of many sizes, chains and stars among them.
        Random random = new Random(11);
        Map<String, List<String>> blocksOf = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            List<String> blocks = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                blocks.add("b" + random.nextInt(400));
            }
            blocksOf.put("m" + i, blocks);
        }
        Map<String, String> onDriver = components(blocksOf, Where.ON_DRIVER);
        assertThat(onDriver.values().stream().distinct().count()).as("components").isBetween(20L, 290L);
        assertThat(components(blocksOf, Where.IN_STAGES)).isEqualTo(onDriver);
    }
}
