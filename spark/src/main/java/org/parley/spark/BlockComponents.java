package org.parley.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.parley.resolve.UnionFind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The connected components of blocks: two blocks are one component when a mention reads both
 * (it is indexed under one and its keys reach the other), named by its smallest block. When the
 * links between blocks are few enough to hold on the driver, they are joined there by union-find;
 * otherwise by label propagation in Spark stages: each block starts as its own label, every round
 * a block takes the smallest label among its neighbours, then the label of its label (pointer
 * jumping, which halves the distance to the smallest block of its component), until no label
 * changes. A mention's component is the label of its smallest block; a mention without blocks is
 * a component of its own, named by the mention.
 */
final class BlockComponents {
    /** How often the lineage of the labels is cut, so that a long run of rounds does not grow it without end. */
    private static final int CHECKPOINT_EVERY = 4;
    /** Beside a block's name, so that a component named by a mention never equals one named by a block. */
    private static final String MENTION = "mention:";
    private static final Logger LOG = LoggerFactory.getLogger(BlockComponents.class);

    private BlockComponents() {}

    /**
     * @param blocksOf    each mention with the blocks it reads (its own first among them or not; order is free)
     * @param partitioner how every shuffle partitions: unions and joins would otherwise add up partitions round by round
     * @param onDriverUpTo the most links between blocks that are joined on the driver rather than in rounds of Spark stages
     * @return each mention with the name of its component: the smallest block in it, whichever way it was computed
     */
    static JavaPairRDD<String, String> of(JavaPairRDD<String, List<String>> blocksOf, Partitioner partitioner, long onDriverUpTo) {
        // Each block a mention reads is linked to the smallest of them: enough to join them all, and fewer than every pair.
        JavaPairRDD<String, String> links = blocksOf.flatMapToPair(t -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            if (!t._2().isEmpty()) {
                String hub = min(t._2());
                t._2().stream().filter(b -> !b.equals(hub)).forEach(b -> out.add(new Tuple2<>(b, hub)));
            }
            return out.iterator();
        }).distinct(partitioner.numPartitions()).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            long count = links.count();
            LOG.info("{} links between blocks: components joined {}", count, count <= onDriverUpTo ? "on the driver" : "in Spark stages");
            if (count <= onDriverUpTo) {
                // A dozen rounds of small Spark stages cost seconds each kind; one pass of union-find over what fits costs nothing.
                Broadcast<Map<String, String>> smallest = JavaSparkContext.fromSparkContext(blocksOf.context())
                        .broadcast(smallestBlockOf(links.collect()));
                return blocksOf.mapToPair(t -> {
                    if (t._2().isEmpty()) {
                        return new Tuple2<>(t._1(), MENTION + t._1());
                    }
                    String hub = min(t._2());
                    return new Tuple2<>(t._1(), smallest.value().getOrDefault(hub, hub));
                });
            }
            return propagated(blocksOf, links, partitioner);
        } finally {
            links.unpersist(false);
        }
    }

    /** Union-find over links: each linked block with the smallest block of its component. */
    static Map<String, String> smallestBlockOf(List<Tuple2<String, String>> links) {
        // Indexed in sorted order: the union keeps the smaller index as the root, so every root is its component's smallest block.
        List<String> blocks = links.stream().flatMap(l -> Stream.of(l._1(), l._2())).distinct().sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            index.put(blocks.get(i), i);
        }
        UnionFind components = new UnionFind(blocks.size());
        links.forEach(l -> components.union(index.get(l._1()), index.get(l._2())));
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.put(blocks.get(i), blocks.get(components.find(i)));
        }
        return out;
    }

    /** Label propagation in Spark stages, for block graphs too large for the driver. */
    private static JavaPairRDD<String, String> propagated(JavaPairRDD<String, List<String>> blocksOf, JavaPairRDD<String, String> links,
                                                          Partitioner partitioner) {
        int n = partitioner.numPartitions();
        JavaPairRDD<String, String> edges = blocksOf.flatMapToPair(t -> t._2().stream().map(b -> new Tuple2<>(b, b)).iterator())
                .union(links).union(links.mapToPair(Tuple2::swap))
                .distinct(n).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = edges.keys().distinct(n).mapToPair(b -> new Tuple2<>(b, b));
        // A locally checkpointed round holds the only copy of what the rounds after it were computed from.
        JavaPairRDD<String, String> checkpointed = null;
        for (int round = 1; ; round++) {
            // The smallest label a block's neighbours have, its own included.
            JavaPairRDD<String, String> spread = edges.join(labels, partitioner).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .reduceByKey(partitioner, BlockComponents::smaller);
            // Then the label of that label, which is never larger.
            JavaPairRDD<String, String> jumped = spread.mapToPair(t -> new Tuple2<>(t._2(), t._1())).join(spread, partitioner)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), smaller(t._1(), t._2()._2())))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            boolean checkpoint = round % CHECKPOINT_EVERY == 0;
            if (checkpoint) {
                jumped.rdd().localCheckpoint();
            }
            long changed = jumped.join(labels, partitioner).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            if (labels != checkpointed) {
                labels.unpersist();
            }
            if (checkpoint) {
                if (checkpointed != null) {
                    checkpointed.unpersist();
                }
                checkpointed = jumped;
            }
            labels = jumped;
            if (changed == 0) {
                break;
            }
        }
        JavaPairRDD<String, String> finalLabels = labels;
        JavaPairRDD<String, String> withBlocks = blocksOf.filter(t -> !t._2().isEmpty())
                .mapToPair(t -> new Tuple2<>(min(t._2()), t._1()))
                .join(finalLabels, partitioner)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
        JavaPairRDD<String, String> alone = blocksOf.filter(t -> t._2().isEmpty()).mapToPair(t -> new Tuple2<>(t._1(), MENTION + t._1()));
        JavaPairRDD<String, String> out = withBlocks.union(alone).coalesce(n);
        edges.unpersist();
        return out;
    }

    private static String min(List<String> blocks) {
        String out = blocks.get(0);
        for (String b : blocks) {
            if (b.compareTo(out) < 0) {
                out = b;
            }
        }
        return out;
    }

    private static String smaller(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
