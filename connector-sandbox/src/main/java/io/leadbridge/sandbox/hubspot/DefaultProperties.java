package io.leadbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;

/** The HubSpot-defined properties a fresh portal has, per object type, with HubSpot's default options. */
final class DefaultProperties {

    static final List<String> LIFECYCLE_STAGES = List.of("subscriber", "lead", "marketingqualifiedlead",
            "salesqualifiedlead", "opportunity", "customer", "evangelist", "other");

    private DefaultProperties() {
    }

    static List<PropertyDefinition> of(ObjectType type) {
        List<PropertyDefinition> list = new ArrayList<>(common(type));
        switch (type) {
            case CONTACTS -> list.addAll(contacts());
            case COMPANIES -> list.addAll(companies());
            case DEALS -> list.addAll(deals());
            case NOTES -> list.add(text("hs_note_body", "Note body", "engagement"));
            case EMAILS -> list.addAll(emails());
            case CALLS -> list.addAll(calls());
            case TASKS -> list.addAll(tasks());
            case MEETINGS -> list.addAll(meetings());
        }
        return list;
    }

    private static List<PropertyDefinition> common(ObjectType type) {
        String group = type.isActivity() ? "engagement" : type.singular() + "information";
        List<PropertyDefinition> list = new ArrayList<>(List.of(
                readOnly(number("hs_object_id", "Record ID", group)),
                dateTime(type.createdProperty(), "Create Date", group),
                readOnly(dateTime("hs_lastmodifieddate", "Object last modified date/time", group)),
                new PropertyDefinition("hubspot_owner_id", "Owner", "enumeration", "select", group, List.of(),
                        false, false, true)));
        if (type == ObjectType.CONTACTS) {
            list.add(readOnly(dateTime("lastmodifieddate", "Last Modified Date", group)));
            list.add(readOnly(text("hs_merged_object_ids", "Merged Contact IDs", group)));
        }
        if (type.isActivity()) {
            list.add(dateTime("hs_timestamp", "Activity date", group));
            list.add(text("hs_attachment_ids", "Attached file IDs", group));
        }
        return list;
    }

    private static List<PropertyDefinition> contacts() {
        String group = "contactinformation";
        return List.of(
                text("email", "Email", group), text("firstname", "First Name", group),
                text("lastname", "Last Name", group), text("phone", "Phone Number", group),
                text("mobilephone", "Mobile Phone Number", group), text("jobtitle", "Job Title", group),
                text("company", "Company Name", group), text("website", "Website URL", group),
                text("industry", "Industry", group), text("country", "Country/Region", group),
                text("state", "State/Region", group), text("city", "City", group),
                text("zip", "Postal Code", group), text("address", "Street Address", group),
                text("hs_linkedin_url", "LinkedIn URL", "social_media_information"),
                number("hubspotscore", "HubSpot Score", group),
                lifecycleStage(group),
                enumeration("hs_lead_status", "Lead Status", group,
                        option("New", "NEW"), option("Open", "OPEN"), option("In Progress", "IN_PROGRESS"),
                        option("Open Deal", "OPEN_DEAL"), option("Unqualified", "UNQUALIFIED"),
                        option("Attempted to Contact", "ATTEMPTED_TO_CONTACT"), option("Connected", "CONNECTED"),
                        option("Bad Timing", "BAD_TIMING")),
                enumeration("hs_analytics_source", "Original Source", "analyticsinformation",
                        option("Organic Search", "ORGANIC_SEARCH"), option("Paid Search", "PAID_SEARCH"),
                        option("Email Marketing", "EMAIL_MARKETING"), option("Organic Social", "SOCIAL_MEDIA"),
                        option("Referrals", "REFERRALS"), option("Other Campaigns", "OTHER_CAMPAIGNS"),
                        option("Direct Traffic", "DIRECT_TRAFFIC"), option("Offline Sources", "OFFLINE"),
                        option("Paid Social", "PAID_SOCIAL")));
    }

    private static List<PropertyDefinition> companies() {
        String group = "companyinformation";
        return List.of(
                text("name", "Company name", group), text("domain", "Company Domain Name", group),
                text("website", "Website URL", group), text("phone", "Phone Number", group),
                text("city", "City", group), text("country", "Country/Region", group),
                text("description", "Description", group),
                number("numberofemployees", "Number of Employees", group),
                number("annualrevenue", "Annual Revenue", group),
                enumeration("industry", "Industry", group, option("Computer Software", "COMPUTER_SOFTWARE"),
                        option("Financial Services", "FINANCIAL_SERVICES"),
                        option("Hospital & Health Care", "HOSPITAL_HEALTH_CARE"),
                        option("Information Technology and Services", "INFORMATION_TECHNOLOGY_AND_SERVICES"),
                        option("Marketing and Advertising", "MARKETING_AND_ADVERTISING"),
                        option("Retail", "RETAIL"), option("Telecommunications", "TELECOMMUNICATIONS")),
                lifecycleStage(group));
    }

    private static List<PropertyDefinition> deals() {
        String group = "dealinformation";
        return List.of(
                text("dealname", "Deal Name", group), number("amount", "Amount", group),
                dateTime("closedate", "Close Date", group),
                enumeration("pipeline", "Pipeline", group, option("Sales Pipeline", "default")),
                enumeration("dealstage", "Deal Stage", group,
                        option("Appointment Scheduled", "appointmentscheduled"),
                        option("Qualified To Buy", "qualifiedtobuy"),
                        option("Presentation Scheduled", "presentationscheduled"),
                        option("Decision Maker Bought-In", "decisionmakerboughtin"),
                        option("Contract Sent", "contractsent"), option("Closed Won", "closedwon"),
                        option("Closed Lost", "closedlost")),
                enumeration("dealtype", "Deal Type", group, option("New Business", "newbusiness"),
                        option("Existing Business", "existingbusiness")));
    }

    private static List<PropertyDefinition> emails() {
        String group = "email";
        return List.of(
                text("hs_email_subject", "Email subject", group), text("hs_email_text", "Email body", group),
                text("hs_email_html", "Email HTML body", group), text("hs_email_headers", "Email headers", group),
                enumeration("hs_email_direction", "Email direction", group, option("Sent by owner", "EMAIL"),
                        option("Reply", "INCOMING_EMAIL"), option("Forwarded", "FORWARDED_EMAIL")),
                enumeration("hs_email_status", "Email send status", group, option("Bounced", "BOUNCED"),
                        option("Failed", "FAILED"), option("Scheduled", "SCHEDULED"), option("Sending", "SENDING"),
                        option("Sent", "SENT")));
    }

    private static List<PropertyDefinition> calls() {
        String group = "call";
        return List.of(
                text("hs_call_title", "Call Title", group), text("hs_call_body", "Call notes", group),
                enumeration("hs_call_direction", "Call direction", group, option("Inbound", "INBOUND"),
                        option("Outbound", "OUTBOUND")),
                number("hs_call_duration", "Call duration", group),
                text("hs_call_from_number", "From number", group), text("hs_call_to_number", "To number", group),
                text("hs_call_recording_url", "Recording URL", group), text("hs_call_source", "Call source", group),
                number("hs_call_callee_object_id", "Callee object id", group),
                text("hs_call_callee_object_type", "Callee object type", group),
                enumeration("hs_call_status", "Call status", group, option("Busy", "BUSY"),
                        option("Calling CRM user", "CALLING_CRM_USER"), option("Canceled", "CANCELED"),
                        option("Completed", "COMPLETED"), option("Connecting", "CONNECTING"),
                        option("Failed", "FAILED"), option("In progress", "IN_PROGRESS"),
                        option("No answer", "NO_ANSWER"), option("Queued", "QUEUED"), option("Ringing", "RINGING")),
                enumeration("hs_call_disposition", "Call outcome", group,
                        option("Busy", "9d9162e7-6cf3-4944-bf63-4dff82258764"),
                        option("Connected", "f240bbac-87c9-4f6e-bf70-924b57d47db7"),
                        option("Left live message", "a4c4c377-d246-4b32-a13b-75a56a4cd0ff"),
                        option("Left voicemail", "b2cf5968-551e-4856-9783-52b3da59a7d0"),
                        option("No answer", "73a0d17f-1163-4015-bdd5-ec830791da20"),
                        option("Wrong number", "17b47fee-58de-441e-a44c-c6300d46f273")));
    }

    private static List<PropertyDefinition> tasks() {
        String group = "task";
        return List.of(
                text("hs_task_subject", "Task Title", group), text("hs_task_body", "Task notes", group),
                text("hs_task_reminders", "Reminders", group),
                enumeration("hs_task_status", "Task Status", group, option("Not started", "NOT_STARTED"),
                        option("In progress", "IN_PROGRESS"), option("Waiting", "WAITING"),
                        option("Deferred", "DEFERRED"), option("Completed", "COMPLETED")),
                enumeration("hs_task_priority", "Priority", group, option("None", "NONE"), option("Low", "LOW"),
                        option("Medium", "MEDIUM"), option("High", "HIGH")),
                enumeration("hs_task_type", "Task Type", group, option("Email", "EMAIL"), option("Call", "CALL"),
                        option("To-do", "TODO")));
    }

    private static List<PropertyDefinition> meetings() {
        String group = "meeting";
        return List.of(
                text("hs_meeting_title", "Meeting name", group), text("hs_meeting_body", "Meeting description", group),
                text("hs_internal_meeting_notes", "Internal notes", group),
                text("hs_meeting_external_url", "External URL", group),
                text("hs_meeting_location", "Location", group),
                dateTime("hs_meeting_start_time", "Start Time", group),
                dateTime("hs_meeting_end_time", "End Time", group),
                enumeration("hs_meeting_outcome", "Meeting outcome", group, option("Scheduled", "SCHEDULED"),
                        option("Completed", "COMPLETED"), option("Rescheduled", "RESCHEDULED"),
                        option("No Show", "NO_SHOW"), option("Canceled", "CANCELED")));
    }

    private static PropertyDefinition lifecycleStage(String group) {
        List<String> labels = List.of("Subscriber", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead",
                "Opportunity", "Customer", "Evangelist", "Other");
        List<PropertyOption> options = new ArrayList<>();
        for (int i = 0; i < LIFECYCLE_STAGES.size(); i++) {
            options.add(new PropertyOption(labels.get(i), LIFECYCLE_STAGES.get(i), i));
        }
        return new PropertyDefinition("lifecyclestage", "Lifecycle Stage", "enumeration", "radio", group, options,
                false, false, true);
    }

    private static PropertyDefinition text(String name, String label, String group) {
        return new PropertyDefinition(name, label, "string", "text", group, List.of(), false, false, true);
    }

    private static PropertyDefinition number(String name, String label, String group) {
        return new PropertyDefinition(name, label, "number", "number", group, List.of(), false, false, true);
    }

    private static PropertyDefinition dateTime(String name, String label, String group) {
        return new PropertyDefinition(name, label, "datetime", "date", group, List.of(), false, false, true);
    }

    private static PropertyDefinition readOnly(PropertyDefinition p) {
        return new PropertyDefinition(p.name(), p.label(), p.type(), p.fieldType(), p.groupName(), p.options(),
                p.hasUniqueValue(), true, true);
    }

    private static PropertyDefinition enumeration(String name, String label, String group, PropertyOption... options) {
        List<PropertyOption> ordered = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            ordered.add(new PropertyOption(options[i].label(), options[i].value(), i));
        }
        return new PropertyDefinition(name, label, "enumeration", "select", group, ordered, false, false, true);
    }

    private static PropertyOption option(String label, String value) {
        return new PropertyOption(label, value, 0);
    }
}
