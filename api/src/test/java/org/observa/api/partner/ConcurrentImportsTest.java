package org.observa.api.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.IsolatedData;

/**
 * Two partners send overlapping station lists at the same moment, in different orders: both succeed, one
 * after the other, and every station exists once. A client never sees a deadlock or a duplicate it did not send.
 */
@QuarkusTest
@TestProfile(IsolatedData.class)
class ConcurrentImportsTest extends ApiTest {

    private static final String CENTRE = "2039424d-7aa5-4365-814f-0e3f79595d25";
    private static final int STATIONS = 300;

    @Test
    void overlappingImportsSerialiseInsteadOfFailing() throws Exception {
        ExecutorService partners = Executors.newFixedThreadPool(2);
        Random random = new Random(42);
        try {
            for (int round = 0; round < 6; round++) {
                List<Integer> numbers = new ArrayList<>();
                for (int i = 0; i < STATIONS; i++) {
                    numbers.add(50_000 + round * 1_000 + i);
                }
                List<Integer> shuffled = new ArrayList<>(numbers);
                Collections.shuffle(shuffled, random);
                List<Integer> reversed = new ArrayList<>(numbers);
                Collections.reverse(reversed);
                CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> send(shuffled), partners);
                CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> send(reversed), partners);
                for (Response answer : List.of(first.get(), second.get())) {
                    assertThat(answer.statusCode()).as("round " + round + ": " + answer.asString()).isEqualTo(200);
                }
                int created = first.get().<Integer>path("results.pollingStations.created")
                        + second.get().<Integer>path("results.pollingStations.created");
                assertThat(created).as("each station created once, by one of the two").isEqualTo(STATIONS);
            }
        } finally {
            partners.shutdownNow();
        }
    }

    private static Response send(List<Integer> numbers) {
        StringBuilder csv = new StringBuilder("centreId,number,registeredVoters\n");
        numbers.forEach(number -> csv.append(CENTRE).append(',').append(number).append(",400\n"));
        return given().contentType("text/csv").queryParam("electionId", "kh-na-2023-07-23").body(csv.toString())
                .post("/v1/imports");
    }
}
