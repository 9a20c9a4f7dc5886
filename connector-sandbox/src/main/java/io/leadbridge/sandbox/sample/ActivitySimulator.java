package io.leadbridge.sandbox.sample;

import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import io.leadbridge.sandbox.sample.SampleData.Role;
import io.leadbridge.sandbox.sample.SampleData.SamplePerson;
import io.leadbridge.sandbox.sample.SampleData.TeamMember;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the sandbox alive: at a steady pace, marketing captures a new lead, a lead becomes an MQL, or an SDR
 * logs a touch on one of their people, each in the HubSpot emulator as a user would. Logs record ids only.
 */
public final class ActivitySimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ActivitySimulator.class);

    private final HubSpotEmulator hubspot;
    private final SampleData sample;
    private final Random random;
    private final Clock clock;
    private final Map<TeamMember, Long> ownerIds;
    private final ScheduledExecutorService scheduler;
    private int created;

    private ActivitySimulator(HubSpotEmulator hubspot, SampleData sample, long seed, Clock clock) {
        this.hubspot = hubspot;
        this.sample = sample;
        this.random = new Random(seed);
        this.clock = clock;
        Map<String, Long> byEmail = hubspot.owners().stream()
                .collect(Collectors.toMap(o -> o.email(), o -> o.id(), (a, b) -> a));
        this.ownerIds = sample.team().stream().filter(m -> byEmail.containsKey(m.email()))
                .collect(Collectors.toMap(m -> m, m -> byEmail.get(m.email())));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-activity");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts one action every {@code interval}, the first after one interval. */
    public static ActivitySimulator start(HubSpotEmulator hubspot, SampleData sample, long seed, Clock clock,
                                          Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        ActivitySimulator simulator = new ActivitySimulator(hubspot, sample, seed, clock);
        simulator.scheduler.scheduleWithFixedDelay(simulator::safeStep, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return simulator;
    }

    private void safeStep() {
        try {
            step();
        } catch (RuntimeException e) {
            log.warn("Sandbox activity step failed: {}", e.getMessage());
        }
    }

    /** One action; package-visible so tests drive it without waiting. */
    synchronized void step() {
        int dice = random.nextInt(10);
        if (dice < 3) {
            captureNewLead();
        } else if (dice < 6) {
            promoteToMql();
        } else {
            logTouch();
        }
    }

    private void captureNewLead() {
        SampleData one = SampleData.generate(1, random.nextLong(), clock.instant());
        SamplePerson template = one.people().get(0);
        SamplePerson person = new SamplePerson(template.firstName(), template.lastName(),
                "inbound" + (++created) + "." + template.email(), template.phone(), template.title(),
                sample.companies().get(random.nextInt(sample.companies().size())), "lead", "NEW", "Demo request",
                sdrs().get(random.nextInt(sdrs().size())));
        HubSpotRecord record = hubspot.create(ObjectType.CONTACTS, SampleSeeder.contactProperties(person, ownerIds));
        log.info("Sandbox: marketing captured a new lead in HubSpot (contact {})", record.id());
    }

    private void promoteToMql() {
        List<HubSpotRecord> leads = hubspot.records(ObjectType.CONTACTS).stream()
                .filter(r -> r.property("lifecyclestage").filter("lead"::equals).isPresent()).toList();
        if (leads.isEmpty()) {
            captureNewLead();
            return;
        }
        HubSpotRecord lead = leads.get(random.nextInt(leads.size()));
        hubspot.update(ObjectType.CONTACTS, lead.id(),
                Map.of("lifecyclestage", "marketingqualifiedlead", "hs_lead_status", "OPEN"));
        log.info("Sandbox: contact {} became a marketing-qualified lead in HubSpot", lead.id());
    }

    private void logTouch() {
        List<HubSpotRecord> worked = hubspot.records(ObjectType.CONTACTS).stream()
                .filter(r -> r.property("hubspot_owner_id").isPresent())
                .filter(r -> r.property("lifecyclestage").filter(s -> s.equals("marketingqualifiedlead")
                        || s.equals("lead")).isPresent()).toList();
        if (worked.isEmpty()) {
            captureNewLead();
            return;
        }
        HubSpotRecord contact = worked.get(random.nextInt(worked.size()));
        TeamMember sdr = sdrs().get(random.nextInt(sdrs().size()));
        boolean email = random.nextBoolean();
        ObjectType type = email ? ObjectType.EMAILS : ObjectType.CALLS;
        hubspot.createOn(type, SampleSeeder.touchProperties(
                email ? SampleData.Channel.EMAIL : SampleData.Channel.CALL,
                email ? "Following up on your demo request" : "Discovery call", email ? "SENT" : "CONNECTED",
                clock.instant(), contact.property("firstname").orElse("there"), ownerIds.get(sdr)),
                ObjectType.CONTACTS, contact.id());
        log.info("Sandbox: an SDR logged {} on contact {} in HubSpot", email ? "an email" : "a call", contact.id());
    }

    private List<TeamMember> sdrs() {
        return sample.team().stream().filter(m -> m.role() == Role.SDR).toList();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
