package com.ixsweep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ixsweep.model.ClearMode;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON examples of LOCAL-API.md and the vendor seed, and the odd shapes the docs allow, served verbatim. */
class EnvelopeFixturesTest {

    private CannedServer server;
    private IxBrowserClient client;

    @BeforeEach
    void start() throws IOException {
        server = new CannedServer();
        client = TestClients.client(server.baseUrl());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static List<ProfileId> ids(long... values) {
        return java.util.stream.LongStream.of(values).mapToObj(ProfileId::of).toList();
    }

    @Test
    void seedSuccessExampleListsTheClearedIds() {
        server.answer("{\"error\": {\"code\": 0, \"message\": \"success\"}, \"data\": [1456, 1457]}");

        assertThat(client.clear(ClearMode.CACHE_AND_COOKIES, ids(1456, 1457)))
                .isEqualTo(new ApiOutcome.Ok<>(ids(1456, 1457)));
        assertThat(server.paths).containsExactly("/api/v2/profile-clear-cache-and-cookies");
        assertThat(server.requests).containsExactly("{\"profile_id\":[1456,1457]}");
    }

    @Test
    void seedFailureExampleIsProfileDoesNotExist() {
        server.answer("{\"error\": {\"code\": 2007, \"message\": \"Profile does not exist\"}, \"data\": null}");

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE_AND_COOKIES, ids(1456));

        assertThat(outcome)
                .isEqualTo(new ApiOutcome.ApiError<>(2007, "Profile does not exist (2007)", FailureClass.PER_PROFILE));
    }

    @Test
    void idsAsStringsAreNormalised() {
        server.answer("{\"error\":{\"code\":0,\"message\":\"success\"},\"data\":[\"161\",\"162\"]}");

        assertThat(client.closeProfiles(ids(161, 162))).isEqualTo(new ApiOutcome.Ok<>(ids(161, 162)));
        assertThat(server.requests).containsExactly("{\"profile_id\":[\"161\",\"162\"]}");
    }

    @Test
    void successWithoutDataKeyOrMessageIsAnEmptyOk() {
        server.answer("{\"error\":{\"code\":0}}");

        assertThat(client.clear(ClearMode.CACHE, ids(1))).isEqualTo(new ApiOutcome.Ok<>(List.of()));
    }

    @Test
    void errorWithoutMessageButWithTimeStillParses() {
        server.answer("{\"error\":{\"code\":1010,\"time\":1733212345},\"data\":[]}");

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE, ids(1));

        assertThat(outcome.code()).isEqualTo(1010);
        assertThat(outcome.failureClass()).isEqualTo(FailureClass.TRANSIENT);
    }

    @Test
    void unknownCodeDegradesToServerMessage() {
        server.answer("{\"error\":{\"code\":104321,\"message\":\"Something new\"},\"data\":null}");

        assertThat(client.clear(ClearMode.CACHE, ids(1)))
                .isEqualTo(new ApiOutcome.ApiError<>(
                        104321, "ixBrowser error 104321: Something new", FailureClass.PERMANENT));
    }

    @Test
    void profileListExampleMapsSafeFieldsOnly() {
        server.answer("{\"error\":{\"code\":0,\"message\":\"success\",\"time\":1733212345},\"data\":{\"total\":1,"
                + "\"data\":[{\"profile_id\":161,\"name\":\"Shop\",\"group_id\":\"3\",\"group_name\":\"G\","
                + "\"tag_id\":\"4,5\",\"tag_name\":\"a,b\",\"last_open_time\":1733000000,\"password\":\"x\"}]}}");

        assertThat(client.listProfiles(ProfileQuery.ALL))
                .isEqualTo(new ApiOutcome.Ok<>(
                        List.of(new Profile(ProfileId.of(161), "Shop", 3, "G", "4,5", "a,b", 1_733_000_000L, false))));
    }

    @Test
    void profileListWithNullDataIsEmpty() {
        server.answer("{\"error\":{\"code\":0,\"message\":\"success\"},\"data\":null}");

        assertThat(client.listProfiles(ProfileQuery.ALL)).isEqualTo(new ApiOutcome.Ok<>(List.of()));
    }

    @Test
    void nativeOpenedListExampleGivesRunningIds() {
        server.answer("{\"error\":{\"code\":0,\"message\":\"success\"},\"data\":[{\"profile_id\":161,\"pid\":1234,"
                + "\"debugging_address\":\"127.0.0.1:9222\",\"debugging_port\":9222,\"ws\":\"ws://x\","
                + "\"webdriver\":\"C:/d.exe\",\"open_time\":1733000000}]}");

        assertThat(client.openProfiles()).isEqualTo(new ApiOutcome.Ok<>(Set.of(ProfileId.of(161))));
        assertThat(server.paths).containsExactly("/api/v2/native-client-profile-opened-list");
    }

    @Test
    void openStateResetExampleWithNullDataIsOk() {
        server.answer("{\"error\":{\"code\":0,\"message\":\"success\"},\"data\":null}");

        assertThat(client.resetOpenState(ProfileId.of(161))).isEqualTo(new ApiOutcome.Ok<Void>(null));
        assertThat(server.requests).containsExactly("{\"profile_id\":161}");
    }

    @Test
    void groupListExampleGivesItems() {
        server.answer("{\"error\":{\"code\":0,\"message\":\"success\"},\"data\":{\"total\":2,\"data\":"
                + "[{\"id\":1,\"title\":\"Default\"},{\"id\":\"2\",\"title\":\"Shops\"}]}}");

        assertThat(client.groups())
                .isEqualTo(new ApiOutcome.Ok<>(List.of(new NamedItem(1, "Default"), new NamedItem(2, "Shops"))));
    }

    @Test
    void nonTwoHundredStatusIsAnHttpError() {
        server.answer(502, "Bad gateway");

        ApiOutcome<Set<ProfileId>> outcome = client.openProfiles();

        assertThat(outcome).isInstanceOf(ApiOutcome.HttpError.class);
        assertThat(outcome.code()).isEqualTo(502);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "<html><body>It works</body></html>",
                "{\"error\":{\"code\":0,\"message\":\"succ",
                "not json at all",
                "[1,2,3]",
                "{\"status\":\"ok\",\"data\":[]}",
                "{\"error\":\"boom\"}",
                "{\"error\":{\"message\":\"no code\"}}",
                "{\"error\":{\"code\":\"abc\"}}"
            })
    void bodiesThatAreNotTheEnvelopeAreBadResponses(String body) {
        server.answer(body);

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE, ids(1));

        assertThat(outcome).isInstanceOf(ApiOutcome.BadResponse.class);
        assertThat(outcome.describe()).contains(server.baseUrl());
        assertThat(outcome.failureClass()).isEqualTo(FailureClass.PERMANENT);
    }

    @Test
    void unknownActionMessageMeansTooOld() {
        server.answer("{\"error\":{\"code\":1001,\"message\":\"Interface not found\"},\"data\":null}");

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE_AND_COOKIES, ids(1));

        assertThat(outcome.failureClass()).isEqualTo(FailureClass.OPERATOR);
        assertThat(outcome.describe()).endsWith("needs ixBrowser 2.3.17 or later");
    }

    @Test
    void pagingStopsWhenTheServerIgnoresThePageNumber() {
        server.answer("{\"error\":{\"code\":0},\"data\":{\"total\":10,\"data\":"
                + "[{\"profile_id\":1},{\"profile_id\":\"2\"}]}}");
        try (IxBrowserClient c =
                TestClients.client(TestClients.settings(server.baseUrl()).withPageSize(2))) {
            ApiOutcome<List<Profile>> outcome = c.listProfiles(ProfileQuery.ALL);

            assertThat(((ApiOutcome.Ok<List<Profile>>) outcome).data())
                    .extracting(Profile::id)
                    .containsExactly(ProfileId.of(1), ProfileId.of(2));
            assertThat(server.requests).hasSize(2);
            assertThat(server.requests.get(1)).contains("\"page\":2").contains("\"limit\":2");
        }
    }
}
