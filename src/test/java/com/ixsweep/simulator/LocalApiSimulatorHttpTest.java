package com.ixsweep.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Talks to the simulator with the JDK's own HTTP client to prove it answers exactly as LOCAL-API.md describes. */
class LocalApiSimulatorHttpTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private LocalApiSimulator sim;

    @BeforeEach
    void start() throws IOException {
        sim = new LocalApiSimulator(SimulatorConfig.defaults().withProfileCount(25));
        assertThat(sim.start()).isPositive();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> post(String action, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v2/" + action))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        return mapper.readTree(response.body());
    }

    @Test
    void bindsLoopbackAndReportsItsUrl() {
        assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
    }

    @Test
    void clearAnswersTheSeedSuccessShape() throws Exception {
        HttpResponse<String> response = post("profile-clear-cache-and-cookies", "{\"profile_id\": [3, 4]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(json(response))
                .isEqualTo(mapper.readTree("{\"error\":{\"code\":0,\"message\":\"success\"},\"data\":[3,4]}"));
        assertThat(sim.clearCount(3)).isEqualTo(1);
    }

    @Test
    void unknownIdAnswersTheSeedFailureShape() throws Exception {
        HttpResponse<String> response = post("profile-clear-cache", "{\"profile_id\": [3, 4000]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response))
                .isEqualTo(mapper.readTree(
                        "{\"error\":{\"code\":2007,\"message\":\"Profile does not exist\"},\"data\":null}"));
        assertThat(sim.clearCounts()).isEmpty();
    }

    @Test
    void emptyAndMissingIdsAreRefused() throws Exception {
        assertThat(json(post("profile-clear-cache", "{\"profile_id\": []}"))
                        .at("/error/code")
                        .asInt())
                .isEqualTo(2001);
        assertThat(json(post("profile-clear-cache", "{}")).at("/error/code").asInt())
                .isEqualTo(1000);
    }

    @Test
    void profileListPagesWithTotalAndCarriesEveryField() throws Exception {
        JsonNode answer = json(post("profile-list", "{\"page\": 3, \"limit\": 10}"));

        assertThat(answer.at("/error/code").asInt()).isZero();
        assertThat(answer.at("/error/time").isNumber()).isTrue();
        assertThat(answer.at("/data/total").asInt()).isEqualTo(25);
        assertThat(answer.at("/data/data")).hasSize(5);
        JsonNode first = answer.at("/data/data/0");
        assertThat(first.get("profile_id").asLong()).isEqualTo(21);
        assertThat(first.get("tag_id").isTextual()).isTrue();
        assertThat(first.get("password").asText()).startsWith("S3CRET");
    }

    @Test
    void profileListDefaultsToTenPerPage() throws Exception {
        assertThat(json(post("profile-list", "{}")).at("/data/data")).hasSize(10);
    }

    @Test
    void groupAndTagListsArePaged() throws Exception {
        JsonNode groups = json(post("group-list", "{\"page\":1,\"limit\":100,\"title\":\"\"}"));
        JsonNode tags = json(post("tag-list", "{\"page\":2,\"limit\":2,\"title\":\"\"}"));

        assertThat(groups.at("/data/total").asInt()).isEqualTo(5);
        assertThat(groups.at("/data/data/0/title").asText()).isEqualTo("Default");
        assertThat(tags.at("/data/data")).hasSize(2);
    }

    @Test
    void openedListsTellHistoryFromRunning() throws Exception {
        sim.openByApi(2);
        sim.openByHand(5);

        JsonNode running = json(post("native-client-profile-opened-list", "{}")).get("data");
        JsonNode history = json(post("profile-opened-list", "{}")).get("data");

        assertThat(running).hasSize(2);
        assertThat(running.get(0).has("pid")).isTrue();
        assertThat(history.size()).isGreaterThan(running.size());
        assertThat(history.get(0).has("last_opened_user")).isTrue();
    }

    @Test
    void closeInBatchesAcceptsStringIdsAndRefusesHandOpened() throws Exception {
        sim.openByApi(2);
        sim.openByHand(5);

        JsonNode closed = json(post("profile-close-in-batches", "{\"profile_id\": [\"2\"]}"));
        JsonNode refused = json(post("profile-close-in-batches", "{\"profile_id\": [\"5\"]}"));

        assertThat(closed.get("data").toString()).isEqualTo("[2]");
        assertThat(refused.at("/error/code").asInt()).isEqualTo(1009);
        assertThat(sim.openIds()).containsExactly(5L);
    }

    @Test
    void openStateResetAnswersNullData() throws Exception {
        sim.openByHand(5);

        JsonNode answer = json(post("profile-open-state-reset", "{\"profile_id\": 5}"));

        assertThat(answer.has("data")).isTrue();
        assertThat(answer.get("data").isNull()).isTrue();
        assertThat(sim.openIds()).isEmpty();
    }

    @Test
    void openProfileIsRefusedOrFakedAsConfigured() throws Exception {
        sim.openByHand(5);
        assertThat(json(post("profile-clear-cache", "{\"profile_id\": [5]}"))
                        .at("/error/code")
                        .asInt())
                .isEqualTo(111003);

        sim.update(c -> c.withOpenProfiles(SimulatorConfig.OpenProfileMode.FAKE_SUCCESS, 111003));
        assertThat(json(post("profile-clear-cache", "{\"profile_id\": [5]}"))
                        .get("data")
                        .toString())
                .isEqualTo("[5]");
        assertThat(sim.clearCount(5)).isZero();
        assertThat(sim.fakeClears()).containsEntry(5L, 1);
    }

    @Test
    void rateLimitAnswers1010() throws Exception {
        sim.update(c -> c.withMaxRequestsPerSecond(2));

        int last = 0;
        for (int i = 0; i < 3; i++) {
            last = json(post("profile-list", "{}")).at("/error/code").asInt();
        }

        assertThat(last).isEqualTo(1010);
        assertThat(sim.answers(1010)).isEqualTo(1);
        assertThat(sim.answers(1008)).isZero();
    }

    @Test
    void everyNthRequestAnswers1004AndCountsAreKept() throws Exception {
        sim.update(c -> c.withSystemErrorEveryNth(2));

        assertThat(json(post("tag-list", "{}")).at("/error/code").asInt()).isZero();
        assertThat(json(post("tag-list", "{}")).at("/error/code").asInt()).isEqualTo(1004);
        assertThat(sim.totalRequests()).isEqualTo(2);
        assertThat(sim.requests("tag-list")).isEqualTo(2);
    }

    /** Nagle's algorithm on the JDK server would hold every body for the client's delayed ACK (~40 ms on Linux). */
    @Test
    void smallAnswersComeWithoutADelayedAckStall() throws Exception {
        post("tag-list", "{}"); // connection and first-use costs

        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            post("tag-list", "{}");
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(millis)
                .as("20 requests on a kept-alive connection")
                .isLessThan(600); // with the stall: 20 x 40 ms at least
    }

    @Test
    void latencyIsCountedAsWorkTime() throws Exception {
        sim.update(c -> c.withLatency(Duration.ofMillis(5), Duration.ofMillis(2)));

        post("profile-clear-cache", "{\"profile_id\": [1, 2, 3]}");

        assertThat(sim.workTime()).isEqualTo(Duration.ofMillis(11));
        assertThat(sim.sleptTime()).isGreaterThanOrEqualTo(Duration.ofMillis(11));
    }

    @Test
    void unknownActionAndWrongMethodAreRefused() throws Exception {
        assertThat(json(post("no-such-action", "{}")).at("/error/message").asText())
                .contains("no-such-action");
        HttpResponse<String> get = http.send(
                HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v2/profile-list"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void loggedOutAnswers1002Everywhere() throws Exception {
        sim.update(c -> c.withLoggedOut(true));

        assertThat(json(post("profile-list", "{}")).at("/error/code").asInt()).isEqualTo(1002);
        assertThat(json(post("group-list", "{}")).at("/error/code").asInt()).isEqualTo(1002);
    }

    @Test
    void faultsCanTargetOneAction() throws Exception {
        sim.update(c -> c.withFault(SimulatorConfig.Fault.HTTP_500, java.util.Set.of("profile-clear-cache")));

        assertThat(post("profile-clear-cache", "{\"profile_id\":[1]}").statusCode())
                .isEqualTo(500);
        assertThat(post("profile-list", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void closeStopsListening() {
        String url = sim.baseUrl();
        sim.close();

        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v2/profile-list"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void moreThanThreeInFlightAnswers1008() throws Exception {
        sim.update(c -> c.withLatency(Duration.ofMillis(200), Duration.ZERO));
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls =
                new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(http.sendAsync(
                    HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v2/profile-list"))
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        long refused = 0;
        for (var call : calls) {
            if (json(call.get()).at("/error/code").asInt() == 1008) {
                refused++;
            }
        }

        assertThat(sim.maxConcurrency()).isGreaterThan(3);
        assertThat(refused).isPositive();
    }
}
