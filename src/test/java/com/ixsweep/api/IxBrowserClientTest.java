package com.ixsweep.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ixsweep.api.ApiOutcome.TransportFailure;
import com.ixsweep.model.ClearMode;
import com.ixsweep.model.Profile;
import com.ixsweep.model.ProfileId;
import com.ixsweep.simulator.LocalApiSimulator;
import com.ixsweep.simulator.SimulatorConfig;
import com.ixsweep.simulator.SimulatorConfig.Fault;
import com.ixsweep.simulator.SimulatorConfig.TooOld;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IxBrowserClientTest {

    private LocalApiSimulator sim;
    private IxBrowserClient client;

    @BeforeEach
    void start() throws IOException {
        sim = new LocalApiSimulator(SimulatorConfig.defaults().withProfileCount(250));
        sim.start();
        client = TestClients.client(sim.baseUrl());
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private static List<ProfileId> ids(long... values) {
        return LongStream.of(values).mapToObj(ProfileId::of).toList();
    }

    @Test
    void clearReturnsTheClearedIds() {
        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE_AND_COOKIES, ids(1, 2, 3));

        assertThat(outcome).isEqualTo(new ApiOutcome.Ok<>(ids(1, 2, 3)));
        assertThat(sim.clearCount(2)).isEqualTo(1);
        assertThat(sim.requests("profile-clear-cache-and-cookies")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ClearMode.class)
    void everyClearModePostsItsOwnAction(ClearMode mode) {
        assertThat(client.clear(mode, ids(5)).isOk()).isTrue();
        assertThat(sim.requests(mode.action())).isEqualTo(1);
    }

    @Test
    void emptyClearSendsNothing() {
        assertThat(client.clear(ClearMode.CACHE, List.of())).isEqualTo(new ApiOutcome.Ok<>(List.of()));
        assertThat(sim.totalRequests()).isZero();
    }

    @Test
    void unknownIdFailsTheWholeBatchWith2007() {
        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE, ids(1, 999_999));

        assertThat(outcome).isInstanceOf(ApiOutcome.ApiError.class);
        assertThat(outcome.code()).isEqualTo(2007);
        assertThat(outcome.failureClass()).isEqualTo(FailureClass.PER_PROFILE);
        assertThat(outcome.describe()).contains("Profile does not exist");
        assertThat(sim.clearCount(1)).isZero();
    }

    @Test
    void unknownIdIsLeftOutOfDataInOmitMode() {
        sim.update(c -> c.withUnknownIds(SimulatorConfig.UnknownIdMode.OMIT));

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE, ids(1, 999_999, 2));

        assertThat(outcome).isEqualTo(new ApiOutcome.Ok<>(ids(1, 2)));
    }

    @Test
    void openProfileIsRefusedPerProfile() {
        sim.openByHand(7);

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE, ids(6, 7));

        assertThat(outcome.code()).isEqualTo(111003);
        assertThat(outcome.failureClass()).isEqualTo(FailureClass.PER_PROFILE);
    }

    @Test
    void http500IsAnHttpErrorClassedTransient() {
        sim.update(c -> c.withFault(Fault.HTTP_500));

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE, ids(1));

        assertThat(outcome).isEqualTo(new ApiOutcome.HttpError<>(500, outcome.describe()));
        assertThat(outcome.describe()).contains("HTTP 500");
        assertThat(outcome.failureClass()).isEqualTo(FailureClass.TRANSIENT);
    }

    @Test
    void htmlBodyIsABadResponse() {
        sim.update(c -> c.withFault(Fault.NON_JSON));

        ApiOutcome<List<Profile>> outcome = client.listProfiles(ProfileQuery.ALL);

        assertThat(outcome).isInstanceOf(ApiOutcome.BadResponse.class);
        assertThat(outcome.describe()).contains("HTML page").contains(sim.baseUrl());
    }

    @Test
    void connectionDroppedMidResponseIsAReset() {
        sim.update(c -> c.withFault(Fault.CLOSE_MID_RESPONSE));

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE, ids(1));

        assertThat(outcome).isInstanceOf(ApiOutcome.TransportError.class);
        assertThat(((ApiOutcome.TransportError<?>) outcome).kind()).isEqualTo(TransportFailure.CONNECTION_RESET);
        assertThat(outcome.failureClass()).isEqualTo(FailureClass.TRANSIENT);
    }

    @Test
    void connectionRefusedIsClassifiedAsNotRunning() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        try (IxBrowserClient nobody = TestClients.client("http://127.0.0.1:" + freePort)) {
            ApiOutcome<List<ProfileId>> outcome = nobody.clear(ClearMode.CACHE, ids(1));

            assertThat(outcome)
                    .isEqualTo(new ApiOutcome.TransportError<>(
                            TransportFailure.CONNECTION_REFUSED,
                            "ixBrowser is not running, or its Local API is off, at http://127.0.0.1:" + freePort));
            assertThat(outcome.failureClass()).isEqualTo(FailureClass.OPERATOR);
        }
    }

    @Test
    void stoppedSimulatorRefusesAndComesBack() throws IOException {
        sim.refuseConnections(true);
        assertThat(client.openProfiles()).isInstanceOf(ApiOutcome.TransportError.class);

        sim.refuseConnections(false);
        try (IxBrowserClient again = TestClients.client(sim.baseUrl())) {
            assertThat(again.openProfiles().isOk()).isTrue();
        }
    }

    @Test
    void slowAnswerHitsTheResponseTimeout() {
        sim.update(c -> c.withFault(Fault.HANG));
        ApiSettings quick =
                TestClients.settings(sim.baseUrl()).withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300));
        try (IxBrowserClient impatient = TestClients.client(quick)) {
            long start = System.nanoTime();
            ApiOutcome<List<ProfileId>> outcome = impatient.clear(ClearMode.CACHE, ids(1));

            assertThat(((ApiOutcome.TransportError<?>) outcome).kind()).isEqualTo(TransportFailure.RESPONSE_TIMEOUT);
            assertThat(outcome.describe()).contains("did not answer within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void listingPagesThroughAllProfiles() {
        ApiSettings paged = TestClients.settings(sim.baseUrl()).withPageSize(100);
        try (IxBrowserClient c = TestClients.client(paged)) {
            ApiOutcome<List<Profile>> outcome = c.listProfiles(ProfileQuery.ALL);

            List<Profile> profiles = ((ApiOutcome.Ok<List<Profile>>) outcome).data();
            assertThat(profiles).hasSize(250);
            assertThat(profiles).extracting(Profile::id).doesNotHaveDuplicates();
            assertThat(sim.requests("profile-list")).isEqualTo(3);
        }
    }

    @Test
    void listingTellsProgressPerPageAndStopsBetweenPagesWhenAsked() {
        ApiSettings paged = TestClients.settings(sim.baseUrl()).withPageSize(100);
        List<String> heard = new java.util.ArrayList<>();
        try (IxBrowserClient c = TestClients.client(paged)) {
            ApiOutcome<List<Profile>> all = c.listProfiles(ProfileQuery.ALL, (loaded, total) -> {
                heard.add(loaded + "/" + total);
                return true;
            });
            assertThat(((ApiOutcome.Ok<List<Profile>>) all).data()).hasSize(250);
            assertThat(heard).containsExactly("100/250", "200/250", "250/250");

            sim.resetStats();
            ApiOutcome<List<Profile>> stopped = c.listProfiles(ProfileQuery.ALL, (loaded, total) -> loaded < 100);

            assertThat(((ApiOutcome.Ok<List<Profile>>) stopped).data())
                    .as("what was read before the stop")
                    .hasSize(100);
            assertThat(sim.requests("profile-list")).isEqualTo(1);
        }
    }

    @Test
    void listingMapsTheSafeFields() {
        Profile first = ((ApiOutcome.Ok<List<Profile>>) client.listProfiles(ProfileQuery.ALL))
                .data()
                .get(0);

        assertThat(first)
                .isEqualTo(new Profile(ProfileId.of(1), "Shop 001", 1, "Default", "1", "warm", 1_700_003_600L, false));
    }

    @Test
    void listingFiltersByGroupTagAndName() {
        List<Profile> group2 = ((ApiOutcome.Ok<List<Profile>>) client.listProfiles(new ProfileQuery("", 2, 0))).data();
        List<Profile> tag3 = ((ApiOutcome.Ok<List<Profile>>) client.listProfiles(new ProfileQuery("", 0, 3))).data();
        List<Profile> named =
                ((ApiOutcome.Ok<List<Profile>>) client.listProfiles(new ProfileQuery("shop 00", 0, 0))).data();

        assertThat(group2).hasSize(50).allMatch(p -> p.groupId() == 2);
        assertThat(tag3)
                .isNotEmpty()
                .allMatch(p -> List.of(p.tagId().split(",")).contains("3"));
        assertThat(named).extracting(Profile::name).containsExactly("Shop 001", "Shop 009");
    }

    @Test
    void openProfilesTrustsTheNativeList() {
        sim.openByApi(3);
        sim.openByHand(4);

        ApiOutcome<Set<ProfileId>> outcome = client.openProfiles();

        assertThat(outcome).isEqualTo(new ApiOutcome.Ok<>(Set.copyOf(ids(3, 4))));
        assertThat(sim.requests("profile-opened-list")).isZero();
    }

    @Test
    void closingApiOpenedProfilesReturnsThem() {
        sim.openByApi(3, 5);

        assertThat(client.closeProfiles(ids(3, 5))).isEqualTo(new ApiOutcome.Ok<>(ids(3, 5)));
        assertThat(sim.openIds()).isEmpty();
    }

    @Test
    void closingAHandOpenedProfileAnswers1009() {
        sim.openByHand(8);

        ApiOutcome<List<ProfileId>> outcome = client.closeProfiles(ids(8));

        assertThat(outcome.code()).isEqualTo(1009);
        assertThat(outcome.failureClass()).isEqualTo(FailureClass.PER_PROFILE);
    }

    @Test
    void resetOpenStateForgetsTheOpenMark() {
        sim.openByHand(9);

        assertThat(client.resetOpenState(ProfileId.of(9)).isOk()).isTrue();
        assertThat(sim.openIds()).isEmpty();
    }

    @Test
    void groupsAndTagsAreListed() {
        ApiSettings paged = TestClients.settings(sim.baseUrl()).withPageSize(2);
        try (IxBrowserClient c = TestClients.client(paged)) {
            assertThat(((ApiOutcome.Ok<List<NamedItem>>) c.groups()).data())
                    .extracting(NamedItem::title)
                    .containsExactly("Default", "Shops", "Ads", "Social", "Mail");
            assertThat(((ApiOutcome.Ok<List<NamedItem>>) c.tags()).data()).contains(new NamedItem(4, "vip"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TooOld.class, names = "NO", mode = EnumSource.Mode.EXCLUDE)
    void oldClientIsAnOperatorProblemNamingTheVersion(TooOld shape) {
        sim.update(c -> c.withTooOld(shape));

        ApiOutcome<List<ProfileId>> outcome = client.clear(ClearMode.CACHE_AND_COOKIES, ids(1));

        assertThat(outcome.failureClass()).isEqualTo(FailureClass.OPERATOR);
        assertThat(outcome.code()).isEqualTo(ErrorCatalog.CLIENT_TOO_OLD);
        assertThat(outcome.describe()).contains("needs ixBrowser 2.3.17 or later");
        assertThat(client.testConnection().status()).isEqualTo(ConnectionCheck.Status.TOO_OLD);
    }

    @Test
    void connectionCheckSucceedsWithoutClearingAnything() {
        ConnectionCheck check = client.testConnection();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).contains("250 profiles");
        assertThat(sim.clearCounts()).isEmpty();
    }

    @Test
    void connectionCheckTellsTheReasonsApart() throws IOException {
        sim.update(c -> c.withLoggedOut(true));
        assertThat(client.testConnection().status()).isEqualTo(ConnectionCheck.Status.LOGGED_OUT);

        sim.update(c -> c.withLoggedOut(false).withNoPermission(true));
        assertThat(client.testConnection().status()).isEqualTo(ConnectionCheck.Status.NO_PERMISSION);

        sim.update(c -> c.withNoPermission(false).withFault(Fault.NON_JSON));
        assertThat(client.testConnection().status()).isEqualTo(ConnectionCheck.Status.NOT_IXBROWSER);

        sim.refuseConnections(true);
        ConnectionCheck down = client.testConnection();
        assertThat(down.status()).isEqualTo(ConnectionCheck.Status.NOT_REACHABLE);
        assertThat(down.message()).contains("not running");
    }

    @Test
    void remoteHostIsRefusedUnlessAllowed() {
        ApiSettings remote = ApiSettings.defaults().withBaseUrl("http://192.168.1.20:53200");

        assertThatThrownBy(() -> new IxBrowserClient(remote))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only to ixBrowser on this computer");
        new IxBrowserClient(remote.withAllowRemoteHost(true)).close();
    }

    @Test
    void transientFailuresAreRetriedUntilSuccess() {
        sim.update(c -> c.withSystemErrorEveryNth(2));
        sim.resetStats();
        try (IxBrowserClient patient = TestClients.retrying(sim.baseUrl(), 3)) {
            assertThat(patient.clear(ClearMode.CACHE, ids(1)).isOk()).isTrue();
            assertThat(patient.clear(ClearMode.CACHE, ids(2)).isOk()).isTrue();
            assertThat(sim.totalRequests()).isEqualTo(3);
            assertThat(sim.maxClearCount()).isEqualTo(1);
        }
    }

    @Test
    void retriesStopAtTheirBound() {
        sim.update(c -> c.withSystemErrorEveryNth(1));
        try (IxBrowserClient patient = TestClients.retrying(sim.baseUrl(), 4)) {
            ApiOutcome<List<ProfileId>> outcome = patient.clear(ClearMode.CACHE, ids(1));

            assertThat(outcome.code()).isEqualTo(1004);
            assertThat(sim.totalRequests()).isEqualTo(4);
        }
    }

    @Test
    void permanentFailuresAreNotRetried() {
        try (IxBrowserClient patient = TestClients.retrying(sim.baseUrl(), 4)) {
            assertThat(patient.clear(ClearMode.CACHE, ids(999_999)).code()).isEqualTo(2007);
            assertThat(sim.totalRequests()).isEqualTo(1);
        }
    }

    @Test
    void permissionErrorGetsAFewRetriesThenIsReportedToTheOperator() {
        sim.update(c -> c.withNoPermission(true));
        try (IxBrowserClient patient = TestClients.retrying(sim.baseUrl(), 6)) {
            ApiOutcome<List<ProfileId>> outcome = patient.clear(ClearMode.CACHE, ids(1));

            assertThat(outcome.code()).isEqualTo(1008);
            assertThat(outcome.failureClass()).isEqualTo(FailureClass.OPERATOR);
            assertThat(sim.totalRequests()).isEqualTo(3);
        }
    }

    @Test
    void interruptingTheCallerStopsRetriesAndKeepsTheFlag() throws InterruptedException {
        sim.update(c -> c.withSystemErrorEveryNth(1));
        RetryPolicy slow = new RetryPolicy(10, Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMinutes(5));
        try (IxBrowserClient patient =
                TestClients.client(TestClients.settings(sim.baseUrl()).withRetry(slow))) {
            java.util.concurrent.atomic.AtomicReference<Object> result =
                    new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean flag = new java.util.concurrent.atomic.AtomicBoolean();
            Thread worker = new Thread(() -> {
                result.set(patient.clear(ClearMode.CACHE, ids(1)));
                flag.set(Thread.currentThread().isInterrupted());
            });
            worker.start();
            while (sim.totalRequests() == 0) {
                Thread.sleep(5);
            }
            Thread.sleep(50);
            worker.interrupt();
            worker.join(3000);

            assertThat(worker.isAlive()).isFalse();
            assertThat(((ApiOutcome<?>) result.get()).code()).isEqualTo(1004);
            assertThat(flag).isTrue();
            assertThat(sim.totalRequests()).isEqualTo(1);
        }
    }
}
