package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createMission;
import static org.observa.api.pollingstation.PollingRequests.pollingDayOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.domain.pollingstation.PollingCentreDraft;
import org.observa.domain.pollingstation.PollingCentreService;
import org.observa.domain.pollingstation.PollingStationDraft;
import org.observa.domain.pollingstation.PollingStationService;
import org.observa.domain.pollingstation.StationVisitDraft;
import org.observa.domain.pollingstation.StationVisitService;
import org.observa.domain.shared.LocalizedText;

/**
 * No N+1 queries: a page costs the same number of SQL statements whatever its size. Hibernate's
 * statistics (on in the test profile only) count the statements the server prepares for one request.
 */
@QuarkusTest
class ListStatementsTest extends ApiTest {

    private static final int ROWS = 101;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    PollingCentreService centres;

    @Inject
    PollingStationService stations;

    @Inject
    StationVisitService visits;

    /** Made once for the class: the tests only read it. */
    private static String election;

    @BeforeEach
    void anElectionWithMoreThanAHundredStationsAndVisits() {
        if (election != null) {
            return;
        }
        election = createElection();
        UUID mission = UUID.fromString(createMission(election));
        UUID centre = UUID.fromString(createCentre(election, "KH-6"));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= ROWS; i++) {
                centres.create(new PollingCentreDraft(election, "KH-6", LocalizedText.english("School " + i), null, null,
                        null, List.of()));
                UUID station = stations.create(new PollingStationDraft(centre, Integer.toString(i), 400, null, null, List.of())).id();
                visits.create(new StationVisitDraft(mission, station, List.of("Observer"), pollingDayOf(election), null, null,
                        null, null, null, null, null, null));
            }
        });
    }

    /**
     * The fewest statements of three requests: the count is global, and work the service does on its own threads
     * (webhook deliveries, the delivery log's tidying) can only add to it.
     */
    private long statementsFor(String path, int pageSize, String accept) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Statistics statistics = sessionFactory.getStatistics();
            long before = statistics.getPrepareStatementCount();
            given().accept(accept).queryParam("electionId", election).queryParam("pageSize", pageSize).get(path).then()
                    .statusCode(200);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
        }
        return fewest;
    }

    private void assertConstant(String path, String accept) {
        long one = statementsFor(path, 1, accept);
        long hundred = statementsFor(path, 100, accept);
        assertThat(one).as("statements for one item of %s", path).isPositive();
        assertThat(hundred).as("statements for a hundred items of %s", path).isEqualTo(one);
    }

    @Test
    void statisticsAreOn() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
    }

    @Test
    void aPageOfStationsCostsTheSameWhateverItsSize() {
        assertConstant("/v1/polling-stations", "application/json");
        assertConstant("/v1/polling-stations", "application/geo+json");
        assertConstant("/v1/polling-stations", "text/csv");
    }

    @Test
    void aPageOfCentresCostsTheSameWhateverItsSize() {
        assertConstant("/v1/polling-centres", "application/json");
    }

    @Test
    void aPageOfVisitsCostsTheSameWhateverItsSize() {
        assertConstant("/v1/station-visits", "application/json");
    }
}
