package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.salesforce.ApiBudget;
import io.leadbridge.salesforce.ApiUsage;
import io.leadbridge.salesforce.SalesforceFaultClassifier;
import io.leadbridge.salesforce.SalesforceSettings;
import java.time.Clock;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns partner {@link PartnerConnection}s in session-only mode (the OAuth access token is the SOAP session
 * id; SOAP {@code login()} is never called) and runs calls on it.
 *
 * <p>When Salesforce answers {@code INVALID_SESSION_ID}, the session asks its {@link AccessTokenSource} for a
 * fresh token once, puts it in the {@code SessionHeader} and retries the call once. After each call it keeps
 * the {@code API REQUESTS} usage from the {@code LimitInfoHeader}.
 *
 * <p><b>Threading:</b> a connection keeps header state in fields, so it runs one call at a time; the session
 * keeps one connection per call running at once (made when needed, reused after), so the threads sharing a session
 * (the inbox drains sharing the Lead sink, say) do not wait for each other's calls. A connection whose token
 * expired renews it through the {@link AccessTokenSource}, which the session's connections, and several sessions,
 * may share: the first to find the token expired fetches a new one, and the others take it before their next call.
 * Failures are thrown as {@link SyncFailureException}, classified by {@link SalesforceFaultClassifier}.
 */
public final class SalesforceSession {

    /** Rows per query page, the largest Salesforce allows ({@code QueryOptions.batchSize}). */
    public static final int QUERY_BATCH_SIZE = 2000;
    static final String API_REQUESTS = "API REQUESTS";
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceSession.class);

    private final SalesforceSettings settings;
    private final AccessTokenSource tokens;
    private final ApiBudget budget;
    private final AssignmentRule assignmentRule;
    private final Deque<PartnerConnection> idle = new ConcurrentLinkedDeque<>();

    /** A session that may use the whole API allocation and sends no assignment-rule header. */
    public SalesforceSession(SalesforceSettings settings, AccessTokenSource tokens) {
        this(settings, tokens, ApiBudget.whole(Clock.systemUTC()), AssignmentRule.NONE);
    }

    /**
     * Connects lazily: no token is requested and nothing is sent until the first call.
     *
     * @param budget         checked before and fed after every call; shared by the sessions of one org
     * @param assignmentRule the {@code AssignmentRuleHeader} sent with every create, update and upsert
     */
    public SalesforceSession(SalesforceSettings settings, AccessTokenSource tokens, ApiBudget budget,
                             AssignmentRule assignmentRule) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.assignmentRule = Objects.requireNonNull(assignmentRule, "assignmentRule");
    }

    /**
     * Runs {@code call}, renewing an expired session once.
     *
     * @throws SyncFailureException when the call fails, with the classified failure, or without calling when the
     *                              connector's share of the daily API allocation is used up
     */
    public <T> T call(SoapCall<T> call) {
        budget.beforeCall();
        PartnerConnection partner = Optional.ofNullable(idle.pollFirst()).orElseGet(this::connect);
        String current = tokens.current();
        if (!current.equals(partner.getSessionHeader().getSessionId())) {
            useToken(partner, current);
        }
        try {
            return callRenewingOnce(partner, call);
        } finally {
            idle.offerFirst(partner);
        }
    }

    private <T> T callRenewingOnce(PartnerConnection partner, SoapCall<T> call) {
        String token = partner.getSessionHeader().getSessionId();
        try {
            return invoke(partner, call);
        } catch (ConnectionException e) {
            if (!isExpiredSession(e)) {
                throw failure(e);
            }
            String fresh = tokens.refresh(token);
            if (fresh.equals(token)) {
                throw failure(e);
            }
            LOG.info("Salesforce session for {} expired; retrying once with a renewed access token",
                    settings.soapEndpoint());
            useToken(partner, fresh);
            try {
                return invoke(partner, call);
            } catch (ConnectionException retryFailure) {
                throw failure(retryFailure);
            }
        }
    }

    /** The {@code API REQUESTS} usage from the last response that reported it, to any session sharing the budget. */
    public Optional<ApiUsage> lastApiUsage() {
        return budget.lastUsage();
    }

    private <T> T invoke(PartnerConnection partner, SoapCall<T> call) throws ConnectionException {
        partner.clearLimitInfoHeader();
        T result = call.invoke(partner);
        remember(partner.getLimitInfoHeader());
        return result;
    }

    private PartnerConnection connect() {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(tokens.current());
        config.setServiceEndpoint(settings.soapEndpoint());
        config.setAuthEndpoint(settings.soapEndpoint());
        config.setManualLogin(true);
        config.setConnectionTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
        config.setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()));
        config.setTraceMessage(false);
        try {
            PartnerConnection connection = new PartnerConnection(config);
            connection.setQueryOptions(QUERY_BATCH_SIZE);
            assignmentRule.applyTo(connection);
            return connection;
        } catch (ConnectionException e) {
            throw failure(e);
        }
    }

    private static void useToken(PartnerConnection partner, String token) {
        partner.getConfig().setSessionId(token);
        partner.setSessionHeader(token);
    }

    private static boolean isExpiredSession(ConnectionException e) {
        return e instanceof ApiFault fault && fault.getExceptionCode() == ExceptionCode.INVALID_SESSION_ID;
    }

    private void remember(LimitInfoHeader_element header) {
        if (header == null || header.getLimitInfo() == null) {
            return;
        }
        for (LimitInfo info : header.getLimitInfo()) {
            if (API_REQUESTS.equals(info.getType()) && info.getCurrent() >= 0 && info.getLimit() >= 0) {
                budget.record(new ApiUsage(info.getCurrent(), info.getLimit()));
            }
        }
    }

    private static SyncFailureException failure(ConnectionException e) {
        return new SyncFailureException(SalesforceFaultClassifier.classify(e), e);
    }
}
