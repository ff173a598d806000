package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;

class StoreFollowerTest {
    @TempDir
    Path dir;

    @Test
    void closingWaitsForACatchUpUnderWayWithoutClosingTheFilesItWrites() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (ParleyStore store = ParleyStore.open(dir.resolve("db"));
             FileChannel channel = FileChannel.open(dir.resolve("index-file"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE)) {
            // A catch-up that writes for a while, as a search index rebuild does.
            Runnable rebuild = () -> {
                started.countDown();
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                try {
                    while (System.nanoTime() < until) {
                        channel.write(ByteBuffer.wrap(new byte[] {1}), 0);
                    }
                } catch (Exception e) {
                    failure.set(e);
                }
            };
            StoreFollower follower = new StoreFollower(new StoreView(store), List.of(rebuild)).start(60);
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            follower.close();
            assertThat(failure.get()).as("the catch-up ran to its end").isNull();
            assertThat(channel.isOpen()).isTrue();
        }
    }
}
