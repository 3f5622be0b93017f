package org.observa.api.pollingstation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.observa.api.pollingstation.PollingRequests.MERGE_PATCH;
import static org.observa.api.pollingstation.PollingRequests.createCentre;
import static org.observa.api.pollingstation.PollingRequests.createElection;
import static org.observa.api.pollingstation.PollingRequests.createMission;
import static org.observa.api.pollingstation.PollingRequests.createStation;
import static org.observa.api.pollingstation.PollingRequests.createVisit;
import static org.observa.api.pollingstation.PollingRequests.editorKeyOf;
import static org.observa.api.pollingstation.PollingRequests.etagOf;
import static org.observa.api.pollingstation.PollingRequests.organizationOf;
import static org.observa.api.pollingstation.PollingRequests.pollingDayOf;
import static org.observa.api.pollingstation.PollingRequests.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.api.support.ChangeFeeds;
import org.observa.api.support.Ids;

@QuarkusTest
class ObservationFormsTest extends ApiTest {

    static final String STANDARD = "0b5e7a00-57d0-4f00-a000-000000000001";

    private String election;
    private String mission;
    private String organization;
    private String editor;

    @BeforeEach
    void aMissionOfAnOrganisationWithItsOwnKey() {
        election = createElection();
        mission = createMission(election);
        organization = organizationOf(mission);
        editor = editorKeyOf(organization);
    }

    private RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + editor);
    }

    /** Opened on time? If not, why (shown only then, required then), voters waiting (0-2000), opening time. */
    static Map<String, Object> openingQuestions(String status) {
        return Map.of("status", status,
                "sections", List.of(Map.of("code", "SETUP", "title", Map.of("en", "Setting up"))),
                "questions", List.of(
                        Map.of("code", "STATION_OPENED", "section", "SETUP", "label", Map.of("en", "Opened on time?"),
                                "type", "YES_NO", "required", true, "goodAnswers", List.of("YES")),
                        Map.of("code", "DELAY_REASONS", "section", "SETUP", "label", Map.of("en", "Why not?"),
                                "type", "MULTIPLE_CHOICE", "required", true,
                                "options", List.of(Map.of("code", "MATERIALS_MISSING", "label", Map.of("en", "Materials missing")),
                                        Map.of("code", "STAFF_ABSENT", "label", Map.of("en", "Staff absent"))),
                                "showIf", Map.of("question", "STATION_OPENED", "anyOf", List.of("NO"))),
                        Map.of("code", "VOTERS_WAITING", "label", Map.of("en", "Voters waiting"), "type", "INTEGER",
                                "required", false, "min", 0, "max", 2000),
                        Map.of("code", "OPENED_AT", "label", Map.of("en", "Opened at"), "type", "TIME", "required", false)));
    }

    private String createForm() {
        return asEditor().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization, "code", "opening_" + Ids.segment().replace('-', '_'),
                        "title", Map.of("en", "Opening checklist"), "phases", List.of("OPENING")))
                .post("/v1/observation-forms").then().statusCode(201)
                .body("builtIn", equalTo(false)).body("organizationId", equalTo(organization))
                .extract().path("id");
    }

    /** A form with version 1 published and declared by the mission. */
    private String publishedFormOfTheMission() {
        String form = createForm();
        String version = "/v1/observation-forms/" + form + "/versions/1";
        asEditor().contentType(ContentType.JSON).body(openingQuestions("DRAFT"))
                .post("/v1/observation-forms/" + form + "/versions").then().statusCode(201)
                .header("Location", endsWith(version)).body("number", equalTo(1)).body("status", equalTo("DRAFT"))
                .body("publishedAt", nullValue());
        asEditor().contentType(MERGE_PATCH).header("If-Match", etagOf(version)).body(Map.of("status", "PUBLISHED"))
                .patch(version).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue()).body("questions", hasSize(4));
        asEditor().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/missions/" + mission))
                .body(Map.of("observationFormIds", List.of(form))).patch("/v1/missions/" + mission).then().statusCode(200)
                .body("observationFormIds", equalTo(List.of(form)));
        return form;
    }

    private Map<String, Object> answering(String form, String station, Map<String, Object> answers) {
        Map<String, Object> body = visit(mission, station, pollingDayOf(election));
        body.put("phase", "OPENING");
        body.put("formId", form);
        body.put("answers", answers);
        return body;
    }

    @Test
    void aMissionsVisitsAnswerItsPublishedFormAndEveryBadAnswerIsNamed() {
        String form = publishedFormOfTheMission();
        String station = createStation(createCentre(election, "KH-6"), "1");

        Map<String, Object> answers = new HashMap<>(Map.of("STATION_OPENED", "NO",
                "DELAY_REASONS", List.of("STAFF_ABSENT"), "VOTERS_WAITING", 120, "OPENED_AT", "07:45"));
        asEditor().contentType(ContentType.JSON).body(answering(form, station, answers)).post("/v1/station-visits")
                .then().statusCode(201)
                .body("formId", equalTo(form)).body("formVersion", equalTo(1))
                .body("answers.DELAY_REASONS", equalTo(List.of("STAFF_ABSENT")))
                .body("answers.VOTERS_WAITING", equalTo(120))
                .body("checklist", equalTo(Map.of()));

        Map<String, Object> bad = Map.of("STATION_OPENED", "YES", "DELAY_REASONS", List.of("STAFF_ABSENT"),
                "VOTERS_WAITING", 2.5, "OPENED_AT", "7:45", "Q99", "YES");
        asEditor().contentType(ContentType.JSON).body(answering(form, station, bad)).post("/v1/station-visits")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("answers.Q99", "answers.DELAY_REASONS",
                        "answers.VOTERS_WAITING", "answers.OPENED_AT"));
        asEditor().contentType(ContentType.JSON).body(answering(form, station, Map.of("STATION_OPENED", "NO")))
                .post("/v1/station-visits").then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "answers.DELAY_REASONS", "message", "is required"))));
        asEditor().contentType(ContentType.JSON)
                .body(answering(form, station, Map.of("STATION_OPENED", true, "VOTERS_WAITING", "many")))
                .post("/v1/station-visits").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("answers.STATION_OPENED", "answers.VOTERS_WAITING"));
    }

    @Test
    void aVisitAnswersOnlyAFormItsMissionDeclaresAndNeverADraft() {
        String form = createForm();
        String station = createStation(createCentre(election, "KH-6"), "1");
        asEditor().contentType(ContentType.JSON).body(openingQuestions("DRAFT"))
                .post("/v1/observation-forms/" + form + "/versions").then().statusCode(201);
        asEditor().contentType(ContentType.JSON).body(answering(form, station, Map.of())).post("/v1/station-visits")
                .then().statusCode(400).body("errors.field", hasItem("formId"));
        Map<String, Object> named = answering(form, station, Map.of());
        named.put("formVersion", 1);
        asEditor().contentType(ContentType.JSON).body(named).post("/v1/station-visits")
                .then().statusCode(400).body("errors.field", hasItem("formVersion"));
    }

    @Test
    void statisticsOfAFormCountEachAnswerPerProvince() {
        String form = publishedFormOfTheMission();
        String kampongThom = createStation(createCentre(election, "KH-6"), "1");
        String phnomPenh = createStation(createCentre(election, "KH-12"), "2");
        createVisit(answering(form, kampongThom, Map.of("STATION_OPENED", "NO",
                "DELAY_REASONS", List.of("STAFF_ABSENT", "MATERIALS_MISSING"), "VOTERS_WAITING", 40)));
        createVisit(answering(form, kampongThom, Map.of("STATION_OPENED", "YES", "VOTERS_WAITING", 200)));
        createVisit(answering(form, phnomPenh, Map.of("STATION_OPENED", "NO", "DELAY_REASONS", List.of("STAFF_ABSENT"))));

        var stats = given().queryParam("formId", form).get("/v1/elections/" + election + "/form-stats")
                .then().statusCode(200).header("ETag", notNullValue())
                .body("formVersion", equalTo(1)).body("level", equalTo("PROVINCE"))
                .body("totals.visits", equalTo(3))
                .body("totals.questions.STATION_OPENED.answers", equalTo(Map.of("YES", 1, "NO", 2, "NOT_APPLICABLE", 0)))
                .body("totals.questions.DELAY_REASONS.answered", equalTo(2))
                .body("totals.questions.DELAY_REASONS.answers", equalTo(Map.of("MATERIALS_MISSING", 1, "STAFF_ABSENT", 2)))
                .body("totals.questions.VOTERS_WAITING.numbers", equalTo(Map.of("sum", 240, "mean", 120, "min", 40, "max", 200)))
                .body("totals.questions.OPENED_AT.answered", equalTo(0))
                .extract();
        Map<String, Object> kh6 = stats.path("divisions.find { it.divisionId == 'KH-6' }");
        assertThat(kh6).containsEntry("visits", 2);
        assertThat(stats.<Map<String, Object>>path("divisions.find { it.divisionId == 'KH-6' }.questions.STATION_OPENED.answers"))
                .containsEntry("YES", 1).containsEntry("NO", 1);
        assertThat(stats.<Integer>path("divisions.find { it.divisionId == 'KH-12' }.visits")).isEqualTo(1);

        given().queryParam("formId", form).queryParam("formVersion", 9).get("/v1/elections/" + election + "/form-stats")
                .then().statusCode(404);
        given().queryParam("formId", form).queryParam("level", "COUNTRY").get("/v1/elections/" + election + "/form-stats")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    @Test
    void aPublishedVersionNeverChangesAndAChangeIsANewVersion() {
        String form = publishedFormOfTheMission();
        String version = "/v1/observation-forms/" + form + "/versions/1";
        asEditor().contentType(MERGE_PATCH).header("If-Match", etagOf(version)).body(Map.of("questions", List.of()))
                .patch(version).then().statusCode(409);
        asEditor().header("If-Match", etagOf(version)).delete(version).then().statusCode(409);
        asEditor().contentType(ContentType.JSON).body(openingQuestions("PUBLISHED"))
                .post("/v1/observation-forms/" + form + "/versions").then().statusCode(201).body("number", equalTo(2));
        given().queryParam("status", "PUBLISHED").get("/v1/observation-forms/" + form + "/versions").then()
                .statusCode(200).body("items.number", equalTo(List.of(1, 2)));
        // a form that a mission declares stays
        asEditor().header("If-Match", etagOf("/v1/observation-forms/" + form)).delete("/v1/observation-forms/" + form)
                .then().statusCode(409);
    }

    @Test
    void aFormWithAPublishedVersionThatNoVisitAnswersAndNoMissionDeclaresIsDeletedWithItsVersions() {
        String form = createForm();
        String version = "/v1/observation-forms/" + form + "/versions/1";
        asEditor().contentType(ContentType.JSON).body(openingQuestions("DRAFT"))
                .post("/v1/observation-forms/" + form + "/versions").then().statusCode(201);
        asEditor().contentType(MERGE_PATCH).header("If-Match", etagOf(version)).body(Map.of("status", "PUBLISHED"))
                .patch(version).then().statusCode(200);

        asEditor().header("If-Match", etagOf("/v1/observation-forms/" + form)).delete("/v1/observation-forms/" + form)
                .then().statusCode(204);
        given().get("/v1/observation-forms/" + form).then().statusCode(404);
        given().get(version).then().statusCode(404);
    }

    @Test
    void aDraftChangesAndIsDeletedAndEachBadPartOfAVersionIsNamed() {
        String form = createForm();
        String versions = "/v1/observation-forms/" + form + "/versions";
        Map<String, Object> badQuestion = Map.of("code", "Q2", "label", Map.of("en", "Q2"), "type", "TEXT",
                "required", false, "showIf", Map.of("question", "NOPE", "anyOf", List.of("YES")), "min", 1);
        asEditor().contentType(ContentType.JSON).body(Map.of("questions", List.of(badQuestion))).post(versions)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("questions[0].min", "questions[0].showIf.question"));
        asEditor().contentType(ContentType.JSON).body(openingQuestions("DRAFT")).post(versions).then().statusCode(201);
        asEditor().contentType(MERGE_PATCH).header("If-Match", etagOf(versions + "/1"))
                .body(Map.of("questions", List.of(Map.of("code", "ONLY", "label", Map.of("en", "Only"), "type", "TEXT",
                        "required", false, "maxLength", 10))))
                .patch(versions + "/1").then().statusCode(200).body("questions.code", equalTo(List.of("ONLY")));
        asEditor().header("If-Match", etagOf(versions + "/1")).delete(versions + "/1").then().statusCode(204);
        given().get(versions + "/1").then().statusCode(404);
        asEditor().header("If-Match", etagOf("/v1/observation-forms/" + form)).delete("/v1/observation-forms/" + form)
                .then().statusCode(204);
    }

    @Test
    void onlyTheFormsOrganisationWritesItAndTheStandardFormIsReadOnly() {
        String form = createForm();
        String theirs = editorKeyOf(organizationOf(createMission(election)));
        given().header("Authorization", "Bearer " + theirs).contentType(ContentType.JSON)
                .body(openingQuestions("DRAFT")).post("/v1/observation-forms/" + form + "/versions").then()
                .statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "").contentType(ContentType.JSON)
                .body(openingQuestions("DRAFT")).post("/v1/observation-forms/" + form + "/versions").then().statusCode(401);
        given().contentType(ContentType.JSON).body(openingQuestions("DRAFT"))
                .post("/v1/observation-forms/" + STANDARD + "/versions").then().statusCode(409);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf("/v1/observation-forms/" + STANDARD))
                .body(Map.of("phases", List.of("OPENING"))).patch("/v1/observation-forms/" + STANDARD).then()
                .statusCode(409);
    }

    @Test
    void anExportOfTheStandardFormImportsUnchangedAndAChangeToItIsRefused() {
        String line = given().queryParam("format", "ndjson").get("/v1/exports/observation-forms").then().statusCode(200)
                .extract().asString().lines().filter(l -> l.contains(STANDARD)).findFirst().orElseThrow();
        Map<String, Object> row = new HashMap<>(io.restassured.path.json.JsonPath.from(line).getMap(""));
        row.remove("builtIn");
        row.remove("createdAt");
        row.remove("updatedAt");
        given().contentType(ContentType.JSON).body(Map.of("observationForms", List.of(row))).post("/v1/imports").then()
                .statusCode(200).body("results.observationForms.unchanged", equalTo(1));
        row.put("phases", List.of("OPENING"));
        given().contentType(ContentType.JSON).body(Map.of("observationForms", List.of(row))).post("/v1/imports").then()
                .statusCode(400).body("errors[0].message", containsString("read-only"));
    }

    @Test
    void theChangeFeedNamesFormsAndVersionsWithLinksThatAnswer() {
        String cursor = ChangeFeeds.endOfFeed();
        String form = publishedFormOfTheMission();
        List<Map<String, String>> changes = given().queryParam("after", cursor).queryParam("pageSize", 500)
                .get("/v1/changes").then().statusCode(200).extract().path("items");
        assertThat(changes).filteredOn(c -> c.get("type").startsWith("observation-form"))
                .extracting(c -> c.get("type") + " " + c.get("operation") + " " + c.get("id") + " " + c.get("link"))
                .containsExactly(
                        "observation-form CREATE " + form + " /v1/observation-forms/" + form,
                        "observation-form-version CREATE " + form + "/1 /v1/observation-forms/" + form + "/versions/1",
                        "observation-form-version UPDATE " + form + "/1 /v1/observation-forms/" + form + "/versions/1");
        given().get("/v1/observation-forms/" + form + "/versions/1").then().statusCode(200);
    }

    @Test
    void theStandardFormIsListedWithTheThirteenQuestionsOfTheChecklist() {
        given().header("Authorization", "").queryParam("q", "standard").get("/v1/observation-forms").then()
                .statusCode(200).body("items.id", hasItem(STANDARD));
        given().header("Authorization", "").get("/v1/observation-forms/" + STANDARD + "/versions/1").then()
                .statusCode(200).body("status", equalTo("PUBLISHED")).body("questions", hasSize(13))
                .body("questions[6].code", equalTo("UNAUTHORISED_PERSONS_PRESENT"))
                .body("questions[6].goodAnswers", equalTo(List.of("NO")))
                .body("questions.type.unique()", equalTo(List.of("YES_NO")));
        given().queryParam("phase", "COUNTING").get("/v1/observation-forms").then().statusCode(200)
                .body("items.id", hasItem(STANDARD));
    }

    @Test
    void theChecklistStillWorksAsTheStandardFormsAnswers() {
        String station = createStation(createCentre(election, "KH-6"), "1");
        Map<String, Object> body = visit(mission, station, pollingDayOf(election));
        body.put("checklist", Map.of("INK_CHECKED", "YES", "INK_APPLIED", "NO"));
        String visit = given().contentType(ContentType.JSON).body(body).post("/v1/station-visits").then().statusCode(201)
                .body("formId", equalTo(STANDARD)).body("formVersion", equalTo(1))
                .body("answers", equalTo(Map.of("INK_CHECKED", "YES", "INK_APPLIED", "NO")))
                .body("checklist", equalTo(Map.of("INK_CHECKED", "YES", "INK_APPLIED", "NO")))
                .extract().path("id");
        String path = "/v1/station-visits/" + visit;
        Map<String, Object> patch = new HashMap<>();
        patch.put("INK_APPLIED", null);
        patch.put("SECRECY_OF_THE_VOTE", "YES");
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("checklist", patch)).patch(path)
                .then().statusCode(200)
                .body("checklist", equalTo(Map.of("INK_CHECKED", "YES", "SECRECY_OF_THE_VOTE", "YES")))
                .body("answers", equalTo(Map.of("INK_CHECKED", "YES", "SECRECY_OF_THE_VOTE", "YES")));
        Map<String, Object> answersPatch = new HashMap<>();
        answersPatch.put("INK_CHECKED", null);
        given().contentType(MERGE_PATCH).header("If-Match", etagOf(path)).body(Map.of("answers", answersPatch)).patch(path)
                .then().statusCode(200).body("checklist", equalTo(Map.of("SECRECY_OF_THE_VOTE", "YES")));
        body.put("answers", Map.of("INK_APPLIED", "YES"));
        given().contentType(ContentType.JSON).body(body).post("/v1/station-visits").then().statusCode(400)
                .body("errors[0].field", equalTo("checklist"));
    }

    @Test
    void formsAndVersionsAreExportedAndImportedOnceAndADryRunStoresNothing() {
        String form = UUID.randomUUID().toString();
        Map<String, Object> formRow = new HashMap<>(Map.of("id", form, "organizationId", organization,
                "code", "imported_" + Ids.segment().replace('-', '_'), "title", Map.of("en", "Imported"),
                "phases", List.of("OPENING")));
        Map<String, Object> versionRow = new HashMap<>(openingQuestions("PUBLISHED"));
        versionRow.put("formId", form);
        versionRow.put("number", 3);
        Map<String, Object> bundle = Map.of("observationForms", List.of(formRow), "observationFormVersions", List.of(versionRow));

        asEditor().contentType(ContentType.JSON).queryParam("dryRun", true).body(bundle).post("/v1/imports").then()
                .statusCode(200).body("results.observationForms.created", equalTo(1))
                .body("results.observationFormVersions.created", equalTo(1));
        given().get("/v1/observation-forms/" + form).then().statusCode(404);
        asEditor().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.observationFormVersions.created", equalTo(1));
        asEditor().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(200)
                .body("results.observationForms.unchanged", equalTo(1))
                .body("results.observationFormVersions.unchanged", equalTo(1));
        given().get("/v1/observation-forms/" + form + "/versions/3").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        versionRow.put("questions", List.of());
        asEditor().contentType(ContentType.JSON).body(bundle).post("/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("observationFormVersions[0]"))
                .body("errors[0].message", containsString("published and never changes"));

        String lines = given().queryParam("organizationId", organization).accept("application/x-ndjson")
                .get("/v1/exports/observation-forms").then().statusCode(200).extract().asString();
        assertThat(lines.lines().toList()).singleElement().satisfies(l -> assertThat(l).startsWith("{\"id\":\"" + form + "\""));
        String csv = given().queryParam("formId", form).accept("text/csv").get("/v1/exports/observation-form-versions")
                .then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).startsWith("formId,number,status,publishedAt,sections,questions,createdAt,updatedAt");
    }
}
