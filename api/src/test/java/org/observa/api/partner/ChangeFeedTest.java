package org.observa.api.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.observa.api.support.ChangeFeeds.endOfFeed;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.Ids;
import org.observa.domain.reference.DivisionDraft;
import org.observa.domain.reference.DivisionLevel;
import org.observa.domain.reference.DivisionService;
import org.observa.domain.shared.LocalizedText;

@QuarkusTest
class ChangeFeedTest extends ApiTest {

    private record Seen(String type, String id, String operation) {
    }

    @Inject
    DivisionService divisions;

    /** Reads one page after {@code cursor}, adds what it holds to {@code seen}, returns the next cursor. */
    private static String follow(String cursor, int pageSize, List<Seen> seen) {
        Response page = given().queryParam("after", cursor).queryParam("pageSize", pageSize).get("/v1/changes")
                .then().statusCode(200).extract().response();
        List<Map<String, String>> items = page.path("items");
        items.forEach(item -> seen.add(new Seen(item.get("type"), item.get("id"), item.get("operation"))));
        return page.path("cursor");
    }

    private DivisionDraft district(String id) {
        return new DivisionDraft(id, DivisionLevel.DISTRICT, "KH-6", LocalizedText.english("Feed test " + id), List.of());
    }

    @Test
    void createsUpdatesAndDeletesAppearInOrderWithTheirLinks() {
        String cursor = endOfFeed();
        String id = "KH-6-" + Ids.segment();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "level", "DISTRICT", "parentId", "KH-6", "name", Map.of("en", "Feed")))
                .post("/v1/divisions").then().statusCode(201);
        given().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("name", Map.of("km", "x"))).patch("/v1/divisions/" + id).then().statusCode(200);
        given().header("If-Match", "*").delete("/v1/divisions/" + id).then().statusCode(204);

        given().queryParam("after", cursor).get("/v1/changes").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.operation", equalTo(List.of("CREATE", "UPDATE", "DELETE")))
                .body("items.type", equalTo(List.of("division", "division", "division")))
                .body("items.id", equalTo(List.of(id, id, id)))
                .body("items[0].link", equalTo("/v1/divisions/" + id));
    }

    @Test
    void anEmptyPageKeepsTheCursorAndTheLinkHeaderLeadsOn() {
        String cursor = endOfFeed();
        given().queryParam("after", cursor).get("/v1/changes").then().statusCode(200)
                .body("items", hasSize(0)).body("cursor", equalTo(cursor))
                .header("Link", "</v1/changes?after=" + cursor + "&pageSize=50>; rel=\"next\"");
    }

    @Test
    void followingTheFeedInSmallPagesSeesEachChangeOnce() {
        List<Seen> all = new ArrayList<>();
        String cursor = null;
        for (int guard = 0; guard < 10_000; guard++) {
            int before = all.size();
            var request = given().queryParam("pageSize", 7);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            Response page = request.get("/v1/changes").then().statusCode(200).extract().response();
            List<Map<String, String>> items = page.path("items");
            items.forEach(item -> all.add(new Seen(item.get("type"), item.get("id"), item.get("operation"))));
            cursor = page.path("cursor");
            if (all.size() == before) {
                break;
            }
        }
        assertThat(all).contains(new Seen("division", "KH-6", "CREATE"), new Seen("election", "kh-na-2023-07-23", "CREATE"));
        long creates = all.stream().filter(s -> s.operation().equals("CREATE")).count();
        assertThat(all.stream().filter(s -> s.operation().equals("CREATE")).distinct().count()).isEqualTo(creates);
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        String cursor = endOfFeed();
        String early = "KH-6-" + Ids.segment();
        String late = "KH-6-" + Ids.segment();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // The first writer starts first (so its change sorts first) but commits last.
            Future<?> slow = pool.submit(() -> inRequestContext(() -> QuarkusTransaction.requiringNew().run(() -> {
                divisions.create(district(late));
                written.countDown();
                try {
                    commit.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            })));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            QuarkusTransaction.requiringNew().run(() -> divisions.create(district(early)));

            List<Seen> seen = new ArrayList<>();
            cursor = follow(cursor, 50, seen);
            assertThat(seen).as("nothing is handed out while an older transaction may still add changes").isEmpty();

            commit.countDown();
            slow.get(30, TimeUnit.SECONDS);
            follow(cursor, 50, seen);
            assertThat(seen).containsExactly(new Seen("division", late, "CREATE"), new Seen("division", early, "CREATE"));
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
    }

    @RepeatedTest(3)
    void concurrentWritersCommittingOutOfOrderAreEachSeenExactlyOnce() throws Exception {
        String start = endOfFeed();
        int writers = 4;
        int writesEach = 20;
        Set<String> written = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> inRequestContext(() -> {
                for (int i = 0; i < writesEach; i++) {
                    String id = "KH-6-" + Ids.segment();
                    QuarkusTransaction.requiringNew().run(() -> {
                        divisions.create(district(id));
                        sleepUpTo(15);
                    });
                    written.add(id);
                }
            })));
        }

        List<Seen> seen = new ArrayList<>();
        String cursor = start;
        while (work.stream().anyMatch(f -> !f.isDone())) {
            cursor = follow(cursor, 5, seen);
        }
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // Every writer has committed; a change may still wait while some other transaction runs, so keep
        // following (for a bounded time) until every write has shown up.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!seenAll(seen, written) && System.nanoTime() < deadline) {
            int before = seen.size();
            cursor = follow(cursor, 50, seen);
            if (seen.size() == before) {
                sleepUpTo(50);
            }
        }

        List<String> created = seen.stream().filter(s -> s.type().equals("division") && s.operation().equals("CREATE"))
                .map(Seen::id).filter(written::contains).toList();
        assertThat(new HashSet<>(created)).isEqualTo(written);
        assertThat(created).hasSize(writers * writesEach);
    }

    private static boolean seenAll(List<Seen> seen, Set<String> written) {
        return seen.stream().map(Seen::id).collect(java.util.stream.Collectors.toSet()).containsAll(written);
    }

    private static void sleepUpTo(int millis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(millis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aForgedCursorIsRefused() {
        given().queryParam("after", "bm9wZQ").get("/v1/changes").then().statusCode(400)
                .body("errors.field", equalTo(List.of("after")));
    }

    /**
     * The persistence context chooses its database (primary or read replica) per request, so work on a thread of
     * its own runs in a request context, as the service's own background work does.
     */
    private static void inRequestContext(Runnable work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            work.run();
        } finally {
            context.terminate();
        }
    }
}
