package com.ixsweep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.ixsweep.api.ApiOutcome;
import com.ixsweep.api.ApiSettings;
import com.ixsweep.api.IxBrowserClient;
import com.ixsweep.api.NamedItem;
import com.ixsweep.api.ProfileQuery;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code list}: prints the profiles of ixBrowser (safe fields only: ID, name, group, tags, last opened, open) as a
 * table or as JSON. Blocks until the list is loaded; any thread.
 */
public final class ListCommand {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: list [--api URL] [--allow-remote] [--group G] [--tag T] [--name TEXT] [--json]",
            "  Lists ixBrowser profiles: ID, name, group, tags, last opened, open (never passwords or proxies).",
            "  --api URL       ixBrowser Local API address (default " + ApiSettings.DEFAULT_BASE_URL + ")",
            "  --allow-remote  let --api name another machine (its Local API has no password)",
            "  --group G       only profiles of group G (its ID or title)",
            "  --tag T         only profiles with tag T (its ID or title)",
            "  --name TEXT     only profiles whose name contains TEXT",
            "  --json          a JSON array on standard output instead of the table",
            "  --help          show this help",
            "  exit code: 0 listed; 2 usage error, unknown group or tag, or ixBrowser cannot be read (not running,",
            "             logged out, without permission, too old)");

    static final Set<String> VALUED = Set.of("--api", "--group", "--tag", "--name");
    static final Set<String> FLAGS = Set.of("--json", "--allow-remote", "--help");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ListCommand() {}

    /**
     * Returns the exit code ({@link ExitCode}): 0 listed; 2 bad arguments, an unknown group or tag, or ixBrowser
     * could not be read (not running, logged out, no permission, too old...).
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Args parsed;
        ApiSettings settings;
        try {
            parsed = Args.parse(args, "list", VALUED, FLAGS);
            if (parsed.flag("--help")) {
                out.println(USAGE);
                return ExitCode.ALL_DONE;
            }
        } catch (IllegalArgumentException e) {
            err.println("list: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE_OR_OPERATOR;
        }
        try {
            settings = ApiAddress.settings(
                    parsed.text("--api", ApiSettings.DEFAULT_BASE_URL), parsed.flag("--allow-remote"));
        } catch (IllegalArgumentException e) {
            err.println("list: " + e.getMessage());
            return ExitCode.USAGE_OR_OPERATOR;
        }
        try (IxBrowserClient client = new IxBrowserClient(settings)) {
            long group = resolve(parsed.text("--group", ""), "group", client::groups, err);
            long tag = resolve(parsed.text("--tag", ""), "tag", client::tags, err);
            if (group < 0 || tag < 0) {
                return ExitCode.USAGE_OR_OPERATOR;
            }
            ApiOutcome<List<Profile>> listed =
                    client.listProfiles(new ProfileQuery(parsed.text("--name", ""), group, tag));
            if (!(listed instanceof ApiOutcome.Ok<List<Profile>> ok)) {
                err.println("list: " + listed.describe());
                return ExitCode.USAGE_OR_OPERATOR;
            }
            ApiOutcome<Set<ProfileId>> open = client.openProfiles();
            Set<ProfileId> openIds = open instanceof ApiOutcome.Ok<Set<ProfileId>> o ? o.data() : Set.of();
            List<Profile> profiles = ok.data().stream()
                    .map(p -> p.withOpen(openIds.contains(p.id())))
                    .toList();
            if (parsed.flag("--json")) {
                out.println(json(profiles));
            } else {
                table(profiles, out);
            }
            if (!open.isOk()) {
                err.println("list: could not tell which profiles are open: " + open.describe());
            }
            return ExitCode.ALL_DONE;
        } catch (IllegalArgumentException e) {
            err.println("list: " + e.getMessage());
            return ExitCode.USAGE_OR_OPERATOR;
        }
    }

    /** A numeric ID as is; a title looked up in the list. 0 = no filter, -1 = failed (reported). */
    private static long resolve(
            String wanted, String kind, Supplier<ApiOutcome<List<NamedItem>>> items, PrintStream err) {
        if (wanted.isBlank()) {
            return 0;
        }
        if (wanted.strip().matches("\\d{1,18}")) {
            return Long.parseLong(wanted.strip());
        }
        ApiOutcome<List<NamedItem>> outcome = items.get();
        if (!(outcome instanceof ApiOutcome.Ok<List<NamedItem>> ok)) {
            err.println("list: cannot look up the " + kind + " \"" + wanted + "\": " + outcome.describe());
            return -1;
        }
        return ok.data().stream()
                .filter(i -> i.title().equalsIgnoreCase(wanted.strip()))
                .mapToLong(NamedItem::id)
                .findFirst()
                .orElseGet(() -> {
                    err.println("list: no " + kind + " is called \"" + wanted + "\"");
                    return -1;
                });
    }

    static String json(List<Profile> profiles) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (Profile p : profiles) {
            array.addObject()
                    .put("profile_id", p.id().value())
                    .put("name", p.name())
                    .put("group_id", p.groupId())
                    .put("group_name", p.groupName())
                    .put("tag_id", p.tagId())
                    .put("tag_name", p.tagName())
                    .put("last_open_time", p.lastOpenEpochSeconds())
                    .put("open", p.open());
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static void table(List<Profile> profiles, PrintStream out) {
        String format = "%-10s %-28s %-16s %-16s %-17s %s%n";
        out.printf(Locale.ROOT, format, "ID", "Name", "Group", "Tags", "Last opened (UTC)", "Open");
        for (Profile p : profiles) {
            String when = p.lastOpenEpochSeconds() > 0
                    ? WHEN.format(Instant.ofEpochSecond(p.lastOpenEpochSeconds()))
                    : "never";
            out.printf(
                    Locale.ROOT,
                    format,
                    p.id(),
                    cut(p.name(), 28),
                    cut(p.groupName(), 16),
                    cut(p.tagName(), 16),
                    when,
                    p.open() ? "yes" : "");
        }
        out.println(Words.count(profiles.size(), "profile"));
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
