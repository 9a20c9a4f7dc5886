package io.leadbridge.sandbox.hubspot;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh emulator and an HTTP client for it around every test, closed afterwards. */
final class RunningEmulator implements BeforeEachCallback, AfterEachCallback {

    private final UnaryOperator<HubSpotEmulatorOptions.Builder> options;
    private HubSpotEmulator emulator;
    private EmulatorHttp http;

    private RunningEmulator(UnaryOperator<HubSpotEmulatorOptions.Builder> options) {
        this.options = options;
    }

    static RunningEmulator with(UnaryOperator<HubSpotEmulatorOptions.Builder> options) {
        return new RunningEmulator(options);
    }

    static RunningEmulator withDefaults() {
        return new RunningEmulator(UnaryOperator.identity());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator = HubSpotEmulator.start(options.apply(HubSpotEmulatorOptions.builder()).build());
        http = new EmulatorHttp(emulator);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        emulator.close();
    }

    HubSpotEmulator emulator() {
        return emulator;
    }

    EmulatorHttp http() {
        return http;
    }
}
