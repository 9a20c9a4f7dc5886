package io.leadbridge.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentDrainsTest {

    private final ConcurrentDrains drains = new ConcurrentDrains(2, "test-drain-");
    private final CountDownLatch finish = new CountDownLatch(1);
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        finish.countDown();
        drains.shutdownNow();
    }

    @Test
    void runsTwoDrainsAtOnceOnThreadsOfTheirOwnAndDropsAThirdUntilOneIsDone() throws InterruptedException {
        CountDownLatch bothRunning = new CountDownLatch(2);
        drains.executor().execute(blocking("first", bothRunning));
        drains.executor().execute(blocking("second", bothRunning));
        assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();

        drains.executor().execute(() -> ran.add("third"));
        finish.countDown();
        CountDownLatch fourth = new CountDownLatch(1);
        // a thread is free again only once its drain has returned; nothing but an accepted drain shows it
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            drains.executor().execute(() -> {
                ran.add("fourth");
                fourth.countDown();
            });
            return fourth.await(50, TimeUnit.MILLISECONDS);
        });

        assertThat(ran.subList(0, 2)).containsExactlyInAnyOrder("first", "second");
        assertThat(ran).doesNotContain("third").contains("fourth");
    }

    @Test
    void refusesToRunWithoutAnyDrain() {
        assertThatThrownBy(() -> new ConcurrentDrains(0, "none-"))
                .hasMessage("connector.sync.drains must be at least 1, was 0");
    }

    private Runnable blocking(String name, CountDownLatch running) {
        return () -> {
            ran.add(name);
            running.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
