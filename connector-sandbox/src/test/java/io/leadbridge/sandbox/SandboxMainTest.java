package io.leadbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CountDownLatch stop, String... args) throws InterruptedException {
        return SandboxMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), stop);
    }

    @Test
    void helpPrintsEveryOptionAndStartsNothing() throws InterruptedException {
        assertThat(run(new CountDownLatch(1), "--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--hubspot-port=N", "--salesforce-port=N",
                "--seed-people=N", "--error-rate=X");
    }

    @Test
    void aBadOptionExitsWithTwoAndSaysWhatIsWrong() throws InterruptedException {
        assertThat(run(new CountDownLatch(1), "--hubspot-port=http")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--hubspot-port must be a whole number, was 'http'",
                "--help");
    }

    @Test
    void startsBothEmulatorsPrintsWhereAndStopsWhenAsked() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        stop.countDown();

        assertThat(run(stop, "--hubspot-port=0", "--salesforce-port=0", "--seed-people=12")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("emulators are running", "HubSpot emulator:",
                "Salesforce emulator:", "Seeded: 12 people");
    }
}
