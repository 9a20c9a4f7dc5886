package io.leadbridge.core.association;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import java.util.List;

/**
 * Which company record a person's record belongs to in one CRM, and how to make it belong to one: a HubSpot
 * contact's associated companies, a Salesforce Contact's {@code AccountId}. Leads have no company record.
 *
 * <p><b>Results:</b> {@link #companiesOf} lists the company records of {@code person}, in no order, empty when none;
 * never null. {@link #supports} is false for a record that cannot belong to a company (a Lead).
 * <b>Side effects:</b> {@link #link} makes {@code company} one of the person's companies (HubSpot: the unlabeled
 * default association; Salesforce: the Contact's {@code AccountId}); linking twice is harmless.
 * <b>Failures:</b> throws {@link io.leadbridge.core.failure.SyncFailureException} with a classified failure.
 */
public interface PersonCompanies {

    CrmSystem system();

    boolean supports(ExternalRef person);

    List<ExternalRef> companiesOf(ExternalRef person);

    void link(ExternalRef person, ExternalRef company);
}
