package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.soap.partner.ConvertLeadResponse_element;
import com.sforce.soap.partner.MergeRequest;
import com.sforce.soap.partner.MergeResponse_element;
import com.sforce.soap.partner.MergeResult;
import com.sforce.soap.partner.Merge_element;
import com.sforce.soap.partner.ConvertLead_element;
import com.sforce.soap.partner.CreateResponse_element;
import com.sforce.soap.partner.Create_element;
import com.sforce.soap.partner.DeleteResponse_element;
import com.sforce.soap.partner.Delete_element;
import com.sforce.soap.partner.DescribeGlobalResponse_element;
import com.sforce.soap.partner.DescribeSObjectResponse_element;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.DescribeSObject_element;
import com.sforce.soap.partner.DescribeSObjectsResponse_element;
import com.sforce.soap.partner.DescribeSObjects_element;
import com.sforce.soap.partner.GetDeletedResponse_element;
import com.sforce.soap.partner.GetDeleted_element;
import com.sforce.soap.partner.GetServerTimestampResponse_element;
import com.sforce.soap.partner.GetServerTimestampResult;
import com.sforce.soap.partner.GetUpdatedResponse_element;
import com.sforce.soap.partner.GetUpdated_element;
import com.sforce.soap.partner.GetUserInfoResponse_element;
import com.sforce.soap.partner.GetUserInfoResult;
import com.sforce.soap.partner.LeadConvert;
import com.sforce.soap.partner.QueryAllResponse_element;
import com.sforce.soap.partner.QueryAll_element;
import com.sforce.soap.partner.QueryMoreResponse_element;
import com.sforce.soap.partner.QueryMore_element;
import com.sforce.soap.partner.QueryResponse_element;
import com.sforce.soap.partner.Query_element;
import com.sforce.soap.partner.RetrieveResponse_element;
import com.sforce.soap.partner.Retrieve_element;
import com.sforce.soap.partner.UpdateResponse_element;
import com.sforce.soap.partner.Update_element;
import com.sforce.soap.partner.UpsertResponse_element;
import com.sforce.soap.partner.Upsert_element;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XMLizable;
import io.leadbridge.sandbox.salesforce.soql.QueryCursors;
import io.leadbridge.sandbox.salesforce.soql.QueryEvaluator;
import io.leadbridge.sandbox.salesforce.soql.QueryRow;
import io.leadbridge.sandbox.salesforce.store.ApiError;
import io.leadbridge.sandbox.salesforce.store.ConversionRequest;
import io.leadbridge.sandbox.salesforce.store.Org;
import io.leadbridge.sandbox.salesforce.store.SalesforceIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers partner operations against the org: takes the force-wsc request element, returns the force-wsc
 * response element. Call-level failures are thrown as {@link ApiError}.
 */
public final class PartnerOperations {

    /** The {@code QueryOptions} batch size when the header is absent. */
    public static final int DEFAULT_BATCH_SIZE = 500;
    /** Salesforce's smallest and largest honoured batch sizes. */
    public static final int MIN_BATCH_SIZE = 200;
    public static final int MAX_BATCH_SIZE = 2000;

    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern FIELD_LIST = Pattern.compile(
            "\\s*[A-Za-z][A-Za-z0-9_.]*(\\s*,\\s*[A-Za-z][A-Za-z0-9_.]*)*\\s*");

    private final Org org;
    private final QueryEvaluator evaluator;
    private final QueryCursors cursors = new QueryCursors();
    private final String organizationId;
    private final int sessionSecondsValid;

    public PartnerOperations(Org org, String organizationId, int sessionSecondsValid) {
        this.org = org;
        this.evaluator = new QueryEvaluator(org);
        this.organizationId = organizationId;
        this.sessionSecondsValid = sessionSecondsValid;
    }

    /** Runs {@code request} as the integration user and returns its response element. */
    public XMLizable answer(SoapRequest request) {
        String user = org.integrationUserId();
        XMLizable body = request.body();
        return switch (request.operation()) {
            case "query" -> queryResponse(query(((Query_element) body).getQueryString(), false, request));
            case "queryAll" -> queryAllResponse(query(((QueryAll_element) body).getQueryString(), true, request));
            case "queryMore" -> queryMoreResponse(cursors.more(((QueryMore_element) body).getQueryLocator()));
            case "create" -> {
                CreateResponse_element response = new CreateResponse_element();
                response.setResult(ResultBinding.saveResults(org.create(
                        RecordBinding.inputs(((Create_element) body).getSObjects()), user)));
                yield response;
            }
            case "update" -> {
                UpdateResponse_element response = new UpdateResponse_element();
                response.setResult(ResultBinding.saveResults(org.update(
                        RecordBinding.inputs(((Update_element) body).getSObjects()), user)));
                yield response;
            }
            case "upsert" -> {
                Upsert_element upsert = (Upsert_element) body;
                UpsertResponse_element response = new UpsertResponse_element();
                response.setResult(ResultBinding.upsertResults(org.upsert(upsert.getExternalIDFieldName(),
                        RecordBinding.inputs(upsert.getSObjects()), user)));
                yield response;
            }
            case "delete" -> {
                DeleteResponse_element response = new DeleteResponse_element();
                response.setResult(ResultBinding.deleteResults(org.delete(
                        Arrays.asList(((Delete_element) body).getIds()))));
                yield response;
            }
            case "merge" -> merge((Merge_element) body, user);
            case "retrieve" -> retrieve((Retrieve_element) body);
            case "convertLead" -> convert((ConvertLead_element) body, user);
            case "getUpdated" -> {
                GetUpdated_element call = (GetUpdated_element) body;
                GetUpdatedResponse_element response = new GetUpdatedResponse_element();
                response.setResult(ResultBinding.updated(org.updated(call.getSObjectType(),
                        call.getStartDate().toInstant(), call.getEndDate().toInstant())));
                yield response;
            }
            case "getDeleted" -> {
                GetDeleted_element call = (GetDeleted_element) body;
                GetDeletedResponse_element response = new GetDeletedResponse_element();
                response.setResult(ResultBinding.deleted(org.deleted(call.getSObjectType(),
                        call.getStartDate().toInstant(), call.getEndDate().toInstant())));
                yield response;
            }
            case "describeSObject" -> {
                DescribeSObjectResponse_element response = new DescribeSObjectResponse_element();
                response.setResult(describe(((DescribeSObject_element) body).getSObjectType()));
                yield response;
            }
            case "describeSObjects" -> {
                DescribeSObjectsResponse_element response = new DescribeSObjectsResponse_element();
                response.setResult(Arrays.stream(((DescribeSObjects_element) body).getSObjectType())
                        .map(this::describe).toArray(DescribeSObjectResult[]::new));
                yield response;
            }
            case "describeGlobal" -> {
                DescribeGlobalResponse_element response = new DescribeGlobalResponse_element();
                response.setResult(DescribeBinding.global(org.schema().all()));
                yield response;
            }
            case "getServerTimestamp" -> {
                GetServerTimestampResult result = new GetServerTimestampResult();
                result.setTimestamp(PartnerWire.calendar(org.clock().instant()));
                GetServerTimestampResponse_element response = new GetServerTimestampResponse_element();
                response.setResult(result);
                yield response;
            }
            case "getUserInfo" -> userInfo(user);
            default -> throw ApiError.unexpected("INVALID_OPERATION", "No operation available for request "
                    + request.operation());
        };
    }

    private QueryCursors.Page query(String soql, boolean includeDeleted, SoapRequest request) {
        int requested = request.batchSize() == null ? DEFAULT_BATCH_SIZE : request.batchSize();
        int batchSize = Math.max(MIN_BATCH_SIZE, Math.min(MAX_BATCH_SIZE, requested));
        return cursors.first(evaluator.run(soql, includeDeleted), batchSize);
    }

    private static QueryResponse_element queryResponse(QueryCursors.Page page) {
        QueryResponse_element response = new QueryResponse_element();
        response.setResult(ResultBinding.queryResult(page));
        return response;
    }

    private static QueryAllResponse_element queryAllResponse(QueryCursors.Page page) {
        QueryAllResponse_element response = new QueryAllResponse_element();
        response.setResult(ResultBinding.queryResult(page));
        return response;
    }

    private static QueryMoreResponse_element queryMoreResponse(QueryCursors.Page page) {
        QueryMoreResponse_element response = new QueryMoreResponse_element();
        response.setResult(ResultBinding.queryResult(page));
        return response;
    }

    private RetrieveResponse_element retrieve(Retrieve_element call) {
        String fields = call.getFieldList() == null || call.getFieldList().isBlank() ? "Id" : call.getFieldList();
        if (!FIELD_LIST.matcher(fields).matches() || call.getSObjectType() == null
                || !API_NAME.matcher(call.getSObjectType()).matches()) {
            throw new ApiError("INVALID_FIELD", ApiError.Kind.INVALID_FIELD, "retrieve takes a comma-separated list"
                    + " of field names and an object name, got '" + fields + "' on '" + call.getSObjectType() + "'",
                    0, 0);
        }
        QueryEvaluator.Result all = evaluator.run("SELECT " + fields + " FROM " + call.getSObjectType(), false);
        Map<String, QueryRow> byId = all.rows().stream()
                .collect(Collectors.toMap(QueryRow::id, Function.identity()));
        RetrieveResponse_element response = new RetrieveResponse_element();
        response.setResult(Arrays.stream(call.getIds())
                .map(id -> SalesforceIds.normalise(id).map(byId::get).map(row -> (SObject) new WireSObject(row))
                        .orElse(null))
                .toArray(SObject[]::new));
        return response;
    }

    /** Each request merges its {@code recordToMergeIds} into its master; a refused one fails alone. */
    private MergeResponse_element merge(Merge_element call, String user) {
        MergeRequest[] requests = call.getRequest();
        if (requests.length > 200) {
            throw ApiError.unexpected("EXCEEDED_ID_LIMIT", "merge takes at most 200 requests");
        }
        List<MergeResult> results = new ArrayList<>();
        for (MergeRequest request : requests) {
            String master = request.getMasterRecord().getId();
            List<String> merged = Arrays.asList(request.getRecordToMergeIds());
            try {
                org.merge(master, merged, user);
                results.add(ResultBinding.merged(master, merged));
            } catch (ApiError refused) {
                results.add(ResultBinding.mergeRefused(master, refused.exceptionCode(), refused.getMessage()));
            }
        }
        MergeResponse_element response = new MergeResponse_element();
        response.setResult(results.toArray(MergeResult[]::new));
        return response;
    }

    private ConvertLeadResponse_element convert(ConvertLead_element call, String user) {
        List<ConversionRequest> requests = Arrays.stream(call.getLeadConverts()).map(PartnerOperations::request)
                .toList();
        ConvertLeadResponse_element response = new ConvertLeadResponse_element();
        response.setResult(ResultBinding.conversionResults(org.convert(requests, user)));
        return response;
    }

    private static ConversionRequest request(LeadConvert convert) {
        return new ConversionRequest(convert.getLeadId(), convert.getConvertedStatus(), convert.getAccountId(),
                convert.getContactId(), convert.isDoNotCreateOpportunity(), convert.getOpportunityName(),
                convert.isOverwriteLeadSource(), convert.getOwnerId());
    }

    private DescribeSObjectResult describe(String type) {
        return DescribeBinding.describe(org.schema().find(type).orElseThrow(() -> ApiError.invalidType(type)),
                org.schema());
    }

    private GetUserInfoResponse_element userInfo(String userId) {
        Map<String, String> user = org.find(userId).orElseThrow();
        GetUserInfoResult result = new GetUserInfoResult();
        result.setCurrencySymbol("$");
        result.setOrgDefaultCurrencyIsoCode("USD");
        result.setOrgDefaultCurrencyLocale("en_US");
        result.setOrganizationId(organizationId);
        result.setOrganizationName("Leadbridge Sandbox");
        result.setSessionSecondsValid(sessionSecondsValid);
        result.setUserEmail(user.get("Email"));
        result.setUserFullName(user.get("Name"));
        result.setUserId(userId);
        result.setUserLanguage("en_US");
        result.setUserLocale("en_US");
        result.setUserName(user.get("Username"));
        result.setUserTimeZone("UTC");
        result.setUserType("Standard");
        result.setUserUiSkin("Theme3");
        GetUserInfoResponse_element response = new GetUserInfoResponse_element();
        response.setResult(result);
        return response;
    }
}

