package com.ixsweep.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The state of a simulated ixBrowser client (profiles, open browsers, clear counts) and the actions of LOCAL-API.md
 * on it. Each action runs under one lock, so it is atomic. Thread-safe.
 */
final class SimulatedClient {

    /** How a profile came to be open. */
    enum OpenKind {
        API,
        HAND
    }

    static final Set<String> CLEAR_ACTIONS =
            Set.of("profile-clear-cache-and-cookies", "profile-clear-cache", "profile-clear-cache-keep-extensions");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<Long, SeedProfile> profiles = new LinkedHashMap<>();
    private final Map<Long, OpenKind> open = new LinkedHashMap<>();
    private final Map<Long, Long> openSince = new HashMap<>();
    private final Set<Long> history = new TreeSet<>();
    private final Map<Long, Integer> clearCounts = new HashMap<>();
    private final Map<Long, Integer> fakeClears = new HashMap<>();

    SimulatedClient(SimulatorConfig config) {
        for (SeedProfile p : SeedProfile.seed(config.profileCount())) {
            profiles.put(p.id(), p);
            if (p.id() % 7 == 0) {
                history.add(p.id());
            }
        }
        long id = 1;
        for (int i = 0; i < config.openByApiAtStart() && id <= config.profileCount(); i++, id++) {
            setOpen(id, OpenKind.API);
        }
        for (int i = 0; i < config.openByHandAtStart() && id <= config.profileCount(); i++, id++) {
            setOpen(id, OpenKind.HAND);
        }
    }

    synchronized void setOpen(long id, OpenKind kind) {
        if (!profiles.containsKey(id)) {
            throw new IllegalArgumentException("no simulated profile " + id);
        }
        if (kind == null) {
            open.remove(id);
            openSince.remove(id);
        } else {
            open.put(id, kind);
            openSince.put(id, System.currentTimeMillis() / 1000);
            history.add(id);
        }
    }

    synchronized Map<Long, OpenKind> openProfiles() {
        return Map.copyOf(open);
    }

    synchronized int clearCount(long id) {
        return clearCounts.getOrDefault(id, 0);
    }

    synchronized Map<Long, Integer> clearCounts() {
        return Map.copyOf(clearCounts);
    }

    synchronized Map<Long, Integer> fakeClears() {
        return Map.copyOf(fakeClears);
    }

    synchronized List<Long> ids() {
        return List.copyOf(profiles.keySet());
    }

    synchronized void resetCounts() {
        clearCounts.clear();
        fakeClears.clear();
    }

    /** Dispatches a parsed request; {@code null} when the action is unknown. */
    Reply handle(String action, JsonNode body, SimulatorConfig config) {
        if (CLEAR_ACTIONS.contains(action)) {
            return clear(body, config);
        }
        return switch (action) {
            case "profile-list" -> profileList(body);
            case "group-list" -> namedList(body, SeedProfile.GROUPS);
            case "tag-list" -> namedList(body, SeedProfile.TAGS);
            case "profile-opened-list" -> openedHistory();
            case "native-client-profile-opened-list" -> nativeOpened();
            case "profile-close-in-batches" -> closeInBatches(body);
            case "profile-close" -> closeOne(body);
            case "profile-open-state-reset" -> resetOpenState(body);
            default -> null;
        };
    }

    private synchronized Reply clear(JsonNode body, SimulatorConfig config) {
        Optional<List<Long>> parsed = idArray(body);
        if (parsed.isEmpty()) {
            return body.has("profile_id")
                    ? Reply.error(1001, "Invalid parameter: profile_id")
                    : Reply.error(1000, "Missing required parameter: profile_id");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(parsed.get()));
        if (ids.isEmpty()) {
            return Reply.error(2001, "Profile ID cannot be empty");
        }
        boolean anyUnknown = ids.stream().anyMatch(id -> !profiles.containsKey(id));
        if (anyUnknown && config.unknownIds() == SimulatorConfig.UnknownIdMode.FAIL_BATCH) {
            return Reply.error(2007, "Profile does not exist");
        }
        boolean anyOpen = ids.stream().anyMatch(open::containsKey);
        if (anyOpen && config.openProfiles() == SimulatorConfig.OpenProfileMode.REFUSE) {
            int code = config.openRefusalCode();
            return Reply.error(code, code == 1014 ? "Profile inoperable" : "Profile already open");
        }
        ArrayNode data = mapper.createArrayNode();
        for (long id : ids) {
            if (!profiles.containsKey(id)) {
                continue;
            }
            if (open.containsKey(id)) {
                fakeClears.merge(id, 1, Integer::sum);
            } else {
                clearCounts.merge(id, 1, Integer::sum);
            }
            data.add(id);
        }
        return Reply.ok(data);
    }

    private synchronized Reply profileList(JsonNode body) {
        Optional<List<Long>> idFilter = body.has("profile_id") ? idArray(body) : Optional.of(List.of());
        if (idFilter.isEmpty()) {
            return Reply.error(1001, "Invalid parameter: profile_id");
        }
        String name = text(body, "name").toLowerCase(Locale.ROOT);
        long group = number(body, "group_id", 0);
        long tag = number(body, "tag_id", 0);
        Predicate<SeedProfile> filter =
                p -> (idFilter.get().isEmpty() || idFilter.get().contains(p.id()))
                        && (name.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(name))
                        && (group <= 0 || p.groupId() == group)
                        && (tag <= 0 || p.hasTag(tag));
        List<SeedProfile> matching = profiles.values().stream().filter(filter).toList();
        ArrayNode items = mapper.createArrayNode();
        page(body, matching).forEach(p -> items.add(p.toJson(mapper)));
        ObjectNode data = mapper.createObjectNode();
        data.put("total", matching.size());
        data.set("data", items);
        return Reply.okWithTime(data);
    }

    private Reply namedList(JsonNode body, List<String> titles) {
        String title = text(body, "title").toLowerCase(Locale.ROOT);
        List<ObjectNode> matching = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).toLowerCase(Locale.ROOT).contains(title)) {
                matching.add(mapper.createObjectNode().put("id", i + 1).put("title", titles.get(i)));
            }
        }
        ArrayNode items = mapper.createArrayNode();
        page(body, matching).forEach(items::add);
        ObjectNode data = mapper.createObjectNode();
        data.put("total", matching.size());
        data.set("data", items);
        return Reply.ok(data);
    }

    private synchronized Reply openedHistory() {
        ArrayNode data = mapper.createArrayNode();
        for (long id : history) {
            data.add(mapper.createObjectNode()
                    .put("profile_id", id)
                    .put("last_opened_user", "S3CRET-opener-" + id + "@mail.test")
                    .put("last_opened_time", 1_700_000_000L + id * 3600));
        }
        return Reply.ok(data);
    }

    private synchronized Reply nativeOpened() {
        ArrayNode data = mapper.createArrayNode();
        for (long id : open.keySet()) {
            data.add(mapper.createObjectNode()
                    .put("profile_id", id)
                    .put("pid", 8_675_300 + id)
                    .put("debugging_address", "127.0.0.1:" + (40_000 + id))
                    .put("debugging_port", 40_000 + id)
                    .put("ws", "ws://127.0.0.1:" + (40_000 + id) + "/devtools/browser/S3CRET-ws-" + id)
                    .put("webdriver", "C:\\S3CRET-driver\\chromedriver.exe")
                    .put("open_time", openSince.getOrDefault(id, 0L)));
        }
        return Reply.ok(data);
    }

    private synchronized Reply closeInBatches(JsonNode body) {
        Optional<List<Long>> parsed = idArray(body);
        if (parsed.isEmpty()) {
            return Reply.error(1000, "Missing required parameter: profile_id");
        }
        if (parsed.get().isEmpty()) {
            return Reply.error(2001, "Profile ID cannot be empty");
        }
        if (parsed.get().stream().anyMatch(id -> open.get(id) == OpenKind.HAND)) {
            return Reply.error(1009, "Process not found");
        }
        ArrayNode data = mapper.createArrayNode();
        for (long id : new LinkedHashSet<>(parsed.get())) {
            if (open.remove(id) != null) {
                openSince.remove(id);
                data.add(id);
            }
        }
        return Reply.ok(data);
    }

    private synchronized Reply closeOne(JsonNode body) {
        long id = number(body, "profile_id", 0);
        if (id <= 0) {
            return Reply.error(1000, "Missing required parameter: profile_id");
        }
        if (open.get(id) != OpenKind.API) {
            return Reply.error(1009, "Process not found");
        }
        open.remove(id);
        openSince.remove(id);
        return Reply.okNoData();
    }

    private synchronized Reply resetOpenState(JsonNode body) {
        long id = number(body, "profile_id", 0);
        if (id <= 0) {
            return Reply.error(1000, "Missing required parameter: profile_id");
        }
        if (!profiles.containsKey(id)) {
            return Reply.error(2007, "Profile does not exist");
        }
        open.remove(id);
        openSince.remove(id);
        return Reply.ok(null);
    }

    private static <T> List<T> page(JsonNode body, List<T> all) {
        long pageNo = Math.max(1, number(body, "page", 1));
        long limit = number(body, "limit", 10);
        if (limit <= 0) {
            limit = 10;
        }
        long from = (pageNo - 1) * limit;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + limit));
    }

    /** {@code profile_id} as a list: an array of numbers or numeric strings, or a single one. */
    private static Optional<List<Long>> idArray(JsonNode body) {
        JsonNode node = body.get("profile_id");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<Long> id = asLong(element);
                if (id.isEmpty()) {
                    return Optional.empty();
                }
                ids.add(id.get());
            }
            return Optional.of(ids);
        }
        return asLong(node).map(List::of);
    }

    private static Optional<Long> asLong(JsonNode node) {
        if (node.isIntegralNumber()) {
            return Optional.of(node.asLong());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(new BigDecimal(node.asText().strip()).longValueExact());
            } catch (ArithmeticException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static long number(JsonNode body, String key, long fallback) {
        JsonNode node = body.get(key);
        return node == null ? fallback : asLong(node).orElse(fallback);
    }

    private static String text(JsonNode body, String key) {
        JsonNode node = body.get(key);
        return node == null || node.isNull() ? "" : node.asText();
    }
}
