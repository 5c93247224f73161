package com.ixsweep.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated profile with every field ixBrowser sends, secrets included: the values are distinctive ("S3CRET-...",
 * pid 86753xx) so tests can prove none of them leaks. {@link #toString()} shows only the ID and name. Immutable.
 */
record SeedProfile(
        long id, String name, long groupId, String groupName, String tagId, String tagName, long lastOpenTime) {

    static final List<String> GROUPS = List.of("Default", "Shops", "Ads", "Social", "Mail");
    static final List<String> TAGS = List.of("warm", "new", "paused", "vip");
    private static final List<String> PREFIXES =
            List.of("Shop", "Ads", "Mail", "Social", "Research", "Клиент", "客户", "Shop \"EU\"");

    /** Deterministic profiles 1..n: varied names, groups 1..5, tags 1..4 as strings ("2", "1,3" or ""). */
    static List<SeedProfile> seed(int n) {
        List<SeedProfile> profiles = new ArrayList<>(n);
        for (long id = 1; id <= n; id++) {
            String name = String.format("%s %03d", PREFIXES.get((int) ((id - 1) % PREFIXES.size())), id);
            long group = 1 + (id - 1) % GROUPS.size();
            String tagId;
            String tagName;
            if (id % 6 == 0) {
                tagId = "1,3";
                tagName = TAGS.get(0) + "," + TAGS.get(2);
            } else if (id % 5 == 0) {
                tagId = "";
                tagName = "";
            } else {
                int tag = (int) (1 + (id - 1) % TAGS.size());
                tagId = Integer.toString(tag);
                tagName = TAGS.get(tag - 1);
            }
            long lastOpen = id % 3 == 0 ? 0 : 1_700_000_000L + id * 3600;
            profiles.add(new SeedProfile(id, name, group, GROUPS.get((int) group - 1), tagId, tagName, lastOpen));
        }
        return profiles;
    }

    boolean hasTag(long tag) {
        for (String part : tagId.split(",")) {
            if (part.strip().equals(Long.toString(tag))) {
                return true;
            }
        }
        return false;
    }

    /** The full profile-list entry, with the sensitive fields a real client sends. */
    ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("profile_id", id);
        o.put("name", name);
        o.put("group_id", groupId);
        o.put("group_name", groupName);
        o.put("tag_id", tagId);
        o.put("tag_name", tagName);
        o.put("last_open_time", lastOpenTime);
        o.put("color", "#FF5722");
        o.put("site_url", "https://shop.example/" + id);
        o.put("note", "S3CRET-note card 4111 for " + id);
        o.put("username", "S3CRET-user-" + id + "@mail.test");
        o.put("password", "S3CRET-pw-123-" + id);
        o.put("tfa_secret", "S3CRET-TFA-JBSWY3DP" + id);
        o.put("cookie", "[{\"name\":\"sid\",\"value\":\"S3CRET-cookie-" + id + "\"}]");
        o.put("proxy_mode", 2);
        o.put("proxy_type", "http");
        o.put("proxy_ip", "10.13.37." + (id % 250));
        o.put("proxy_port", "31337");
        o.put("proxy_user", "S3CRET-proxyuser-" + id);
        o.put("proxy_password", "S3CRET-proxypw-" + id);
        o.put("proxy_url", "http://S3CRET-proxyuser:S3CRET-proxypw@10.13.37.1:31337");
        o.put("real_ip", "203.0.113." + (id % 250));
        o.put("cache_path", "C:\\Users\\S3CRET-home\\AppData\\ixBrowser\\cache\\" + id);
        return o;
    }

    @Override
    public String toString() {
        return "SeedProfile[" + id + " " + name + "]";
    }
}
