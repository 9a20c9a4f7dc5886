package io.leadbridge.salesforce;

import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.salesforce.soap.SalesforceUserSource;
import io.leadbridge.salesforce.mapping.AccountRecordMapper;
import io.leadbridge.salesforce.soap.SalesforceAccountLookup;
import io.leadbridge.salesforce.soap.SalesforceContactAccounts;
import io.leadbridge.salesforce.soap.SalesforceAccountSink;

import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.core.port.PersonMerger;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.workflow.WorkflowCommandCarrier;
import io.leadbridge.core.workflow.handoff.LeadAnswers;
import io.leadbridge.salesforce.mapping.LeadChangeMapper;
import io.leadbridge.salesforce.mapping.LeadRecordMapper;
import io.leadbridge.salesforce.soap.AccessTokenSource;
import io.leadbridge.salesforce.soap.AssignmentRule;
import io.leadbridge.salesforce.soap.BulkQueryClient;
import io.leadbridge.salesforce.soap.LeadChangeReader;
import io.leadbridge.salesforce.soap.LeadAssigner;
import io.leadbridge.salesforce.soap.LeadConverter;
import io.leadbridge.salesforce.soap.SalesforceLeadAnswers;
import io.leadbridge.salesforce.soap.SalesforcePersonDeleter;
import io.leadbridge.salesforce.soap.SalesforcePersonMerger;
import io.leadbridge.salesforce.soap.Lookups;
import io.leadbridge.salesforce.soap.RecordReaders;
import io.leadbridge.salesforce.soap.SalesforcePeopleLookup;
import io.leadbridge.salesforce.soap.SalesforceWorkflowTasks;
import io.leadbridge.salesforce.soap.SalesforceSession;
import io.leadbridge.salesforce.soap.SchemaReader;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Entry point for the application: builds the Salesforce adapter's ports from validated settings. Every port
 * built by one adapter shares one access-token source (an expired token is renewed once for all of them) and one
 * {@link ApiBudget}. Nothing is sent to Salesforce until a port is first used.
 */
public final class SalesforceAdapter {

    private final SalesforceSettings settings;
    private final SalesforceOptions options;
    private final AccessTokenSource tokens;
    private final ApiBudget budget;
    private final Clock clock;

    private SalesforceAdapter(SalesforceSettings settings, SalesforceOptions options, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = AccessTokenSource.from(settings);
        this.budget = new ApiBudget(options.dailyApiShare(), clock);
    }

    public static SalesforceAdapter connect(SalesforceSettings settings, SalesforceOptions options, Clock clock) {
        return new SalesforceAdapter(settings, options, clock);
    }

    /** With the default options and the system clock. */
    public static SalesforceAdapter connect(SalesforceSettings settings) {
        return connect(settings, SalesforceOptions.DEFAULTS, Clock.systemUTC());
    }

    /** A Lead sink upserting on the HubSpot-id external field, with the configured assignment rule. */
    public SalesforceLeadSink leadSink(FieldMappings mappings) {
        return leadSink(mappings, Optional.empty());
    }

    /** As {@link #leadSink(FieldMappings)}, with people's owners written as the User with their email. */
    public SalesforceLeadSink leadSink(FieldMappings mappings, OwnerDirectory users) {
        return leadSink(mappings, Optional.of(users));
    }

    private SalesforceLeadSink leadSink(FieldMappings mappings, Optional<OwnerDirectory> users) {
        AssignmentRule rule = new AssignmentRule(options.assignmentRuleId(), options.useDefaultAssignmentRule());
        return new SalesforceLeadSink(new SalesforceSession(settings, tokens, budget, rule), mappings,
                settings.hubspotIdField(), users);
    }

    /**
     * The {@code salesforce.leads} change stream; its initial backfill uses Bulk API 1.0 above
     * {@code connector.salesforce.bulk-threshold} Leads.
     */
    public SalesforceLeadSource leadSource(FieldMappings mappings) {
        LeadChangeReader reader = new LeadChangeReader(session(), new LeadChangeMapper(mappings));
        BulkLeadBackfill backfill = new BulkLeadBackfill(new BulkQueryClient(settings, tokens, budget), reader,
                options.bulkThreshold());
        return new SalesforceLeadSource(reader, Optional.of(backfill), clock);
    }

    /** The {@code salesforce.contacts} change stream: changed Contacts and deleted ones, merges among them. */
    public SalesforceContactSource contactSource(FieldMappings mappings) {
        return new SalesforceContactSource(new LeadChangeReader(session(), LeadChangeMapper.forContacts(mappings)),
                clock);
    }

    /** Deletes Leads and Contacts, for deletes propagated from HubSpot. */
    public PersonDeleter personDeleter() {
        return new SalesforcePersonDeleter(session());
    }

    /** Merges Leads (or Contacts), for merges propagated from HubSpot. */
    public PersonMerger personMerger() {
        return new SalesforcePersonMerger(session());
    }

    /** Leads read by id, for Outbound Messaging notifications. */
    public SalesforceLeadLookup leadLookup(FieldMappings mappings) {
        return new SalesforceLeadLookup(new LeadChangeReader(session(), new LeadChangeMapper(mappings)));
    }

    /** Sets a Lead's status and owner, the owner found by email, for qualification and routing. */
    public SalesforceLeadAssignments leadAssignments() {
        return new SalesforceLeadAssignments(lookups(), new LeadAssigner(session()));
    }

    /** Reads an AE's answer to a handoff (the Lead's status and the rules' reason field) from the Lead. */
    public LeadAnswers leadAnswers() {
        return new SalesforceLeadAnswers(session());
    }

    /** The owner of the Account whose Website has a domain, for routing's account-owner match. */
    public SalesforceAccountOwners accountOwners() {
        return new SalesforceAccountOwners(lookups());
    }

    /**
     * Carries the SDR workflow's commands out on the person's Lead or Contact, found through {@code ids}; stage
     * changes use the status table's Lead status.
     */
    public WorkflowCommandCarrier workflowCommands(IdMappingStore ids, StatusMappings statuses, Clock clock) {
        return new SalesforceWorkflowCommands(ids, new SalesforceWorkflowTasks(session(), lookups()),
                leadAssignments(), statuses, leadConverter(), clock);
    }

    /** Mirrors touches as completed Tasks. */
    public SalesforceTouchSink touchSink() {
        return new SalesforceTouchSink(session());
    }

    /** The SDR-context note, a Task kept up to date on each Lead or Contact. */
    public SalesforceSdrContextSink sdrContextSink() {
        return new SalesforceSdrContextSink(session());
    }

    /** Tasks logged on Leads and Contacts, as touches to mirror. */
    public SalesforceTouchFeed taskFeed() {
        return SalesforceTouchFeed.tasks(readers());
    }

    /** Events (meetings) logged on Leads and Contacts, as touches to mirror. */
    public SalesforceTouchFeed eventFeed() {
        return SalesforceTouchFeed.events(readers());
    }

    /** {@code convertLead} with {@code connector.salesforce.converted-status}; empty when that is not set. */
    public Optional<LeadConverter> leadConverter() {
        return options.convertedStatus().map(status -> new LeadConverter(session(), status));
    }

    /** Leads (converted ones with their Contact) and Contacts by email, for identity resolution. */
    public PeopleLookup peopleLookup() {
        return new SalesforcePeopleLookup(session());
    }

    /** Changed Accounts by SOQL on {@code SystemModstamp}. */
    public SalesforceAccountSource accountSource() {
        return new SalesforceAccountSource(readers());
    }

    /** Accounts updated by Id or created, in calls of up to 200. */
    public SalesforceAccountSink accountSink(CompanyFieldMappings mappings, OwnerDirectory owners) {
        return new SalesforceAccountSink(session(), new AccountRecordMapper(mappings, owners));
    }

    /** Every active User by email, for owner mapping. */
    public SalesforceUserSource userSource() {
        return new SalesforceUserSource(session());
    }

    /** Contacts' Accounts ({@code AccountId}), for lead-to-account by email domain. */
    public SalesforceContactAccounts contactAccounts() {
        return new SalesforceContactAccounts(session());
    }

    /** Accounts by website domain, for company matching. */
    public SalesforceAccountLookup accountLookup() {
        return new SalesforceAccountLookup(session());
    }

    /** Typed reads of Contacts, Accounts, Tasks, Events, Opportunity stages and active Users. */
    public RecordReaders readers() {
        return new RecordReaders(session());
    }

    /** Lookups by email and company name, for identity resolution and owner mapping. */
    public Lookups lookups() {
        return new Lookups(session());
    }

    /**
     * Describes the org's Lead object (one call) and checks it against the configuration.
     *
     * @throws InvalidConfigurationException naming every mapped field, external-id field and Lead.Status value the
     *                                       org does not have
     * @throws io.leadbridge.core.failure.SyncFailureException when Salesforce cannot be asked
     */
    public ObjectSchema checkLeadSchema(LeadSchemaExpectations expectations) {
        ObjectSchema lead = new SchemaReader(session()).describe(LeadRecordMapper.LEAD);
        List<String> problems = expectations.problems(lead);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return lead;
    }

    /** The org's API usage as last reported, and whether the connector's share is used up. */
    public ApiBudget budget() {
        return budget;
    }

    private SalesforceSession session() {
        return new SalesforceSession(settings, tokens, budget, AssignmentRule.NONE);
    }
}
