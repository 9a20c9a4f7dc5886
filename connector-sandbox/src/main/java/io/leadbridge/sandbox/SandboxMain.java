package io.leadbridge.sandbox;

import io.leadbridge.sandbox.sample.ActivitySimulator;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar connector-sandbox.jar --hubspot-port=N --salesforce-port=M}: runs both emulators until the
 * process is stopped. See {@code --help}.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out, System.err, new CountDownLatch(1)));
    }

    /** @return the exit code; blocks until {@code stop} is released when the emulators started */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) throws InterruptedException {
        SandboxArguments parsed;
        try {
            parsed = SandboxArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Run with --help for the options.");
            return 2;
        }
        if (parsed.help()) {
            out.print(SandboxArguments.USAGE);
            return 0;
        }
        Clock clock = Clock.systemUTC();
        SandboxCrms crms;
        try {
            crms = SandboxCrms.start(parsed, clock);
        } catch (RuntimeException e) {
            err.println("The emulators could not start: " + e.getMessage());
            return 1;
        }
        ActivitySimulator simulator = parsed.activityInterval().isZero() ? null
                : ActivitySimulator.start(crms.hubspot(), crms.sample(), parsed.randomSeed(), clock,
                        parsed.activityInterval());
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "sandbox-shutdown"));
        out.println("Leadbridge sandbox emulators are running. Stop with Ctrl-C.");
        out.println(crms.describe());
        out.flush();
        try {
            stop.await();
        } finally {
            if (simulator != null) {
                simulator.close();
            }
            crms.close();
        }
        return 0;
    }
}
