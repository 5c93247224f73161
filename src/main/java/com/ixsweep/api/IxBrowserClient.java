package com.ixsweep.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LocalApi} over HTTP: every call POSTs JSON to {@code {base}/api/v2/{action}} with Apache HttpClient 5 (classic,
 * blocking). Thread-safe: any thread may call any method, including several at once; one shared limiter keeps at most
 * {@value #MAX_IN_FLIGHT} requests in flight and at most one write (clear, close, reset). Never call it from the FX
 * thread: calls block for up to the response timeout, times the retries. Interrupting the calling thread stops
 * retries at once; the interrupt flag is kept. Close it when done.
 *
 * <p>Sensitive profile fields are never mapped, and DEBUG request/response logs go through {@link Redactor}.
 */
public final class IxBrowserClient implements LocalApi, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IxBrowserClient.class);

    /** The documented Local API limit. */
    public static final int MAX_IN_FLIGHT = 3;

    /** The ID sent by {@link #testConnection()} to probe the clear action: far beyond any real serial number. */
    public static final ProfileId PROBE_ID = ProfileId.of(ProfileId.MAX);

    private static final int LOG_BODY_LIMIT = 2000;
    private static final int MAX_PAGES = 100_000;
    private static final Pattern UNKNOWN_WORDS =
            Pattern.compile("unknown|not found|not exist|no such|unsupported|not support|invalid|undefined");
    private static final Pattern ACTION_WORDS = Pattern.compile("action|route|interface|api|method|path|url|endpoint");

    private final ApiSettings settings;
    private final Retrier retrier;
    private final RequestLimiter limiter = new RequestLimiter(MAX_IN_FLIGHT);
    private final CloseableHttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    /** A client with the real sleeper. Refuses a non-loopback host unless {@code settings.allowRemoteHost()}. */
    public IxBrowserClient(ApiSettings settings) {
        this(settings, Retrier.system(settings.retry()));
    }

    /** A client with an injected retrier (tests: a fake sleeper and clock). */
    public IxBrowserClient(ApiSettings settings, Retrier retrier) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retrier = Objects.requireNonNull(retrier, "retrier");
        WireLogGuard.apply();
        if (!settings.allowRemoteHost() && !settings.isLoopback()) {
            throw new IllegalArgumentException("IX Sweep talks only to ixBrowser on this computer (127.0.0.1), not "
                    + settings.baseUrl() + ": the Local API has no password. Allow remote hosts in the settings"
                    + " to use another machine.");
        }
        if (!settings.isLoopback()) {
            LOG.warn(
                    "Using a Local API on another host, {}: its traffic is not encrypted or authenticated",
                    settings.baseUrl());
        }
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_IN_FLIGHT)
                .setMaxConnPerRoute(MAX_IN_FLIGHT)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                        .build())
                .build();
        RequestConfig requests = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                .setRedirectsEnabled(false)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(requests)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("IX-Sweep")
                .build();
    }

    public ApiSettings settings() {
        return settings;
    }

    @Override
    public String baseUrl() {
        return settings.baseUrl();
    }

    /**
     * One clear call. An empty list sends nothing and answers {@code Ok([])}: an empty {@code profile_id} is never
     * sent to a destructive action. "Unknown action", HTTP 404 or 1005 become an {@link FailureClass#OPERATOR} error
     * saying the client {@value ErrorCatalog#TOO_OLD_ADVICE}.
     */
    @Override
    public ApiOutcome<List<ProfileId>> clear(ClearMode mode, List<ProfileId> ids) {
        Objects.requireNonNull(mode, "mode");
        if (ids.isEmpty()) {
            return new ApiOutcome.Ok<>(List.of());
        }
        ObjectNode body = mapper.createObjectNode();
        ArrayNode array = body.putArray("profile_id");
        ids.forEach(id -> array.add(id.value()));
        return call(mode.action(), body, true, env -> new ApiOutcome.Ok<>(idList(env.data())));
    }

    @Override
    public ApiOutcome<List<Profile>> listProfiles(ProfileQuery query, PageListener listener) {
        ObjectNode filters = mapper.createObjectNode();
        if (!query.name().isBlank()) {
            filters.put("name", query.name());
        }
        if (query.groupId() > 0) {
            filters.put("group_id", query.groupId());
        }
        if (query.tagId() > 0) {
            filters.put("tag_id", query.tagId());
        }
        return pages("profile-list", filters, ProfileMapper::map, Profile::id, listener);
    }

    @Override
    public ApiOutcome<List<NamedItem>> groups() {
        ObjectNode body = mapper.createObjectNode().put("title", "");
        return pages("group-list", body, IxBrowserClient::namedItem, NamedItem::id, PageListener.NONE);
    }

    @Override
    public ApiOutcome<List<NamedItem>> tags() {
        ObjectNode body = mapper.createObjectNode().put("title", "");
        return pages("tag-list", body, IxBrowserClient::namedItem, NamedItem::id, PageListener.NONE);
    }

    /**
     * Profiles running now, from {@code native-client-profile-opened-list} only: it lists what is running, however it
     * was opened. {@code profile-opened-list} is not used: it is history-like (last opened user and time), so trusting
     * it would skip profiles that are long closed. If the native list fails, that failure is returned as is.
     */
    @Override
    public ApiOutcome<Set<ProfileId>> openProfiles() {
        return call("native-client-profile-opened-list", mapper.createObjectNode(), false, env -> {
            Set<ProfileId> open = new LinkedHashSet<>(idList(env.data()));
            return new ApiOutcome.Ok<>(Collections.unmodifiableSet(open));
        });
    }

    /** {@code profile-close-in-batches}, IDs sent as strings like the vendor example. An empty list sends nothing. */
    @Override
    public ApiOutcome<List<ProfileId>> closeProfiles(List<ProfileId> ids) {
        if (ids.isEmpty()) {
            return new ApiOutcome.Ok<>(List.of());
        }
        ObjectNode body = mapper.createObjectNode();
        ArrayNode array = body.putArray("profile_id");
        ids.forEach(id -> array.add(id.toString()));
        return call("profile-close-in-batches", body, true, env -> new ApiOutcome.Ok<>(idList(env.data())));
    }

    @Override
    public ApiOutcome<Void> resetOpenState(ProfileId id) {
        ObjectNode body = mapper.createObjectNode().put("profile_id", id.value());
        return call("profile-open-state-reset", body, true, env -> new ApiOutcome.Ok<>(null));
    }

    /**
     * A harmless read ({@code profile-list}, limit 1) tells apart not reachable, not ixBrowser, logged out (1002) and
     * no permission (1008). If it works, {@code profile-clear-cache-and-cookies} is probed with the single ID
     * {@link #PROBE_ID} (2^53-1, never a real serial number) to learn whether the clear action exists (older than
     * 2.3.17: unknown action or 1005). That probe cannot clear anything; an empty list is never sent, because an
     * undocumented server might read it as "all".
     */
    @Override
    public ConnectionCheck testConnection() {
        ObjectNode body = mapper.createObjectNode().put("page", 1).put("limit", 1);
        ApiOutcome<Long> read = call("profile-list", body, false, env -> {
            JsonNode total = env.data() != null ? env.data().get("total") : null;
            return new ApiOutcome.Ok<>(total == null ? -1L : total.asLong(-1));
        });
        if (!(read instanceof ApiOutcome.Ok<Long> ok)) {
            return checkFailure(read);
        }
        ObjectNode probe = mapper.createObjectNode();
        probe.putArray("profile_id").add(PROBE_ID.value());
        ApiOutcome<List<ProfileId>> clear =
                call(ClearMode.CACHE_AND_COOKIES.action(), probe, true, env -> new ApiOutcome.Ok<>(List.of()));
        if (clear instanceof ApiOutcome.ApiError<?> e
                && (e.failureClass() == FailureClass.OPERATOR || e.code() == ErrorCatalog.CLIENT_TOO_OLD)) {
            return checkFailure(clear);
        }
        if (clear instanceof ApiOutcome.TransportError<?> || clear instanceof ApiOutcome.BadResponse<?>) {
            return checkFailure(clear);
        }
        String count = ok.data() >= 0 ? " (" + ok.data() + " profiles)" : "";
        return new ConnectionCheck(ConnectionCheck.Status.CONNECTED, "Connected to ixBrowser at " + baseUrl() + count);
    }

    private ConnectionCheck checkFailure(ApiOutcome<?> outcome) {
        if (outcome instanceof ApiOutcome.TransportError<?> t) {
            return new ConnectionCheck(ConnectionCheck.Status.NOT_REACHABLE, t.description());
        }
        if (outcome instanceof ApiOutcome.BadResponse<?> b) {
            return new ConnectionCheck(ConnectionCheck.Status.NOT_IXBROWSER, b.description());
        }
        if (outcome instanceof ApiOutcome.HttpError<?> h) {
            if (h.status() >= 500) {
                return new ConnectionCheck(ConnectionCheck.Status.OTHER_ERROR, h.description());
            }
            return new ConnectionCheck(
                    ConnectionCheck.Status.NOT_IXBROWSER,
                    "Something answered at " + baseUrl() + " with HTTP " + h.status()
                            + ", but not ixBrowser's Local API (or a very old ixBrowser)");
        }
        ApiOutcome.ApiError<?> e = (ApiOutcome.ApiError<?>) outcome;
        ConnectionCheck.Status status = switch (e.code()) {
            case 1002 -> ConnectionCheck.Status.LOGGED_OUT;
            case 1008 -> ConnectionCheck.Status.NO_PERMISSION;
            case ErrorCatalog.CLIENT_TOO_OLD -> ConnectionCheck.Status.TOO_OLD;
            default ->
                e.message().contains(ErrorCatalog.TOO_OLD_ADVICE)
                        ? ConnectionCheck.Status.TOO_OLD
                        : ConnectionCheck.Status.OTHER_ERROR;
        };
        return new ConnectionCheck(status, e.message());
    }

    private <T> ApiOutcome<List<T>> pages(
            String action,
            ObjectNode filters,
            Function<JsonNode, Optional<T>> mapItem,
            Function<T, Object> key,
            PageListener listener) {
        int limit = settings.pageSize();
        Map<Object, T> seen = new LinkedHashMap<>();
        int skipped = 0;
        for (int page = 1; page <= MAX_PAGES; page++) {
            ObjectNode body = filters.deepCopy().put("page", page).put("limit", limit);
            ApiOutcome<JsonNode> answer = call(action, body, false, env -> new ApiOutcome.Ok<>(env.data()));
            if (!(answer instanceof ApiOutcome.Ok<JsonNode> ok)) {
                return retype(answer);
            }
            JsonNode data = ok.data();
            JsonNode items;
            long total = -1;
            if (data == null || data.isNull() || (data.isArray() && data.isEmpty())) {
                break;
            } else if (data.isArray()) {
                items = data;
            } else if (data.isObject()) {
                items = data.get("data");
                JsonNode totalNode = data.get("total");
                total = totalNode != null && totalNode.canConvertToLong() ? totalNode.asLong() : -1;
                if (totalNode != null && totalNode.isTextual()) {
                    total = Ids.readLong(totalNode).orElse(-1L);
                }
                if (items == null || items.isNull()) {
                    break;
                }
                if (!items.isArray()) {
                    return new ApiOutcome.BadResponse<>(
                            "The " + action + " answer from " + baseUrl() + " has no list of items");
                }
            } else {
                return new ApiOutcome.BadResponse<>(
                        "The " + action + " answer from " + baseUrl() + " has no list of items");
            }
            int before = seen.size();
            for (JsonNode item : items) {
                Optional<T> mapped = mapItem.apply(item);
                if (mapped.isPresent()) {
                    seen.putIfAbsent(key.apply(mapped.get()), mapped.get());
                } else {
                    skipped++;
                }
            }
            boolean shortPage = items.size() < limit;
            boolean reachedTotal = total >= 0 && seen.size() + skipped >= total;
            boolean nothingNew = seen.size() == before && !items.isEmpty();
            if (shortPage || reachedTotal || nothingNew) {
                listener.pageRead(seen.size(), total);
                break;
            }
            if (!listener.pageRead(seen.size(), total)) {
                LOG.info("{}: stopped by the caller after {} items", action, seen.size());
                break;
            }
        }
        if (skipped > 0) {
            LOG.debug("{}: skipped {} items without a usable ID", action, skipped);
        }
        return new ApiOutcome.Ok<>(List.copyOf(seen.values()));
    }

    private static Optional<NamedItem> namedItem(JsonNode item) {
        if (item == null || !item.isObject()) {
            return Optional.empty();
        }
        Optional<Long> id = Ids.readLong(item.get("id"));
        JsonNode title = item.get("title");
        return id.map(v -> new NamedItem(v, title == null || title.isNull() ? "" : title.asText()));
    }

    /** IDs from {@code data}: an array of numbers/strings/objects with profile_id, or an object wrapping one. */
    private static List<ProfileId> idList(JsonNode data) {
        if (data == null || data.isNull()) {
            return List.of();
        }
        JsonNode array = data;
        if (data.isObject()) {
            array = data.has("profile_id") ? data.get("profile_id") : data.get("data");
            if (array == null) {
                return List.of();
            }
        }
        if (!array.isArray()) {
            return Ids.read(array).map(List::of).orElse(List.of());
        }
        List<ProfileId> ids = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            JsonNode idNode = node.isObject() ? node.get("profile_id") : node;
            Ids.read(idNode).ifPresent(ids::add);
        }
        return List.copyOf(ids);
    }

    @SuppressWarnings("unchecked")
    private static <T> ApiOutcome<T> retype(ApiOutcome<?> failure) {
        return (ApiOutcome<T>) failure;
    }

    private <T> ApiOutcome<T> call(
            String action, ObjectNode body, boolean write, Function<Envelope, ApiOutcome<T>> onSuccess) {
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
        return retrier.run(action, () -> once(action, json, write, onSuccess));
    }

    private <T> ApiOutcome<T> once(
            String action, String json, boolean write, Function<Envelope, ApiOutcome<T>> onSuccess) {
        String url = baseUrl() + "/api/v2/" + action;
        RawAnswer raw;
        try (RequestLimiter.Permit permit = limiter.acquire(write)) {
            raw = post(url, action, json);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ApiOutcome.TransportError<>(
                    ApiOutcome.TransportFailure.OTHER, "Cancelled before the request to " + baseUrl() + " was sent");
        }
        if (raw.failure() != null) {
            return retype(raw.failure());
        }
        boolean clearAction = isClearAction(action);
        if (raw.status() != 200) {
            if (raw.status() == 404 && clearAction) {
                return tooOld(action, "it answered HTTP 404");
            }
            return new ApiOutcome.HttpError<>(
                    raw.status(),
                    "ixBrowser at " + baseUrl() + " answered " + action + " with HTTP " + raw.status()
                            + " instead of 200");
        }
        EnvelopeParser.Result parsed = EnvelopeParser.parse(raw.body(), baseUrl());
        if (!parsed.ok()) {
            return new ApiOutcome.BadResponse<>(parsed.problem());
        }
        Envelope env = parsed.envelope();
        if (env.code() != 0) {
            if (looksLikeUnknownAction(action, env)) {
                return tooOld(action, "it answered " + env.code() + " \"" + env.message() + "\"");
            }
            return ErrorCatalog.toOutcome(env.code(), env.message());
        }
        return onSuccess.apply(env);
    }

    /**
     * "Unknown action" in any shape becomes one outcome: code {@value ErrorCatalog#CLIENT_TOO_OLD}, class OPERATOR,
     * with what ixBrowser actually said kept in the message.
     */
    private static <T> ApiOutcome<T> tooOld(String action, String evidence) {
        return new ApiOutcome.ApiError<>(
                ErrorCatalog.CLIENT_TOO_OLD,
                "This ixBrowser client does not know the action " + action + " (" + evidence + "): "
                        + ErrorCatalog.TOO_OLD_ADVICE,
                FailureClass.OPERATOR);
    }

    private static boolean isClearAction(String action) {
        for (ClearMode mode : ClearMode.values()) {
            if (mode.action().equals(action)) {
                return true;
            }
        }
        return false;
    }

    /** A non-zero code whose message names the action, or speaks of an unknown action/route/interface. */
    static boolean looksLikeUnknownAction(String action, Envelope env) {
        if (env.message() == null || ErrorCatalog.classOf(env.code()) == FailureClass.PER_PROFILE) {
            return false;
        }
        String message = env.message().toLowerCase(Locale.ROOT);
        if (message.contains(action)) {
            return true;
        }
        return UNKNOWN_WORDS.matcher(message).find()
                && ACTION_WORDS.matcher(message).find();
    }

    private record RawAnswer(int status, String body, ApiOutcome.TransportError<?> failure) {
        @Override
        public String toString() {
            return "RawAnswer[status=" + status + "]";
        }
    }

    private RawAnswer post(String url, String action, String json) {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        if (LOG.isDebugEnabled()) {
            LOG.debug("POST {} {}", url, cap(Redactor.redact(json)));
        }
        try {
            RawAnswer answer;
            try {
                answer = execute(post);
            } catch (NoHttpResponseException | SocketException e) {
                if (e instanceof ConnectException) {
                    throw e;
                }
                LOG.debug(
                        "{}: kept-alive connection was dead ({}), trying a fresh one",
                        action,
                        e.getClass().getSimpleName());
                answer = execute(post);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} <- HTTP {} {}", action, answer.status(), cap(Redactor.redact(answer.body())));
            }
            return answer;
        } catch (IOException e) {
            ApiOutcome.TransportError<?> failure =
                    TransportClassifier.classify(e, baseUrl(), settings.connectTimeout(), settings.responseTimeout());
            LOG.debug("{} failed: {} ({})", action, failure.kind(), e.getClass().getSimpleName());
            return new RawAnswer(0, "", failure);
        }
    }

    /** One exchange; a request that never got a response line may be sent again, as all our actions are idempotent. */
    private RawAnswer execute(HttpPost post) throws IOException {
        return http.execute(post, response -> {
            String body = response.getEntity() == null
                    ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return new RawAnswer(response.getCode(), body, null);
        });
    }

    private static String cap(String text) {
        return text.length() <= LOG_BODY_LIMIT ? text : text.substring(0, LOG_BODY_LIMIT) + "...";
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
