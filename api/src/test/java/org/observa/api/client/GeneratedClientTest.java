package org.observa.api.client;

import org.observa.client.api.WebhooksApi;
import org.observa.client.model.ChangeType;
import org.observa.client.model.IssuedWebhook;
import org.observa.client.model.WebhookCreate;
import org.observa.client.model.WebhookDelivery;
import org.observa.client.model.WebhookDeliveryKind;
import org.observa.client.model.WebhookDeliveryStatus;
import org.observa.client.model.WebhookStatus;
import org.observa.api.support.WebhookReceiver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.api.support.ApiTest;
import org.observa.client.ApiClient;
import org.observa.client.ApiException;
import org.observa.client.ApiResponse;
import org.observa.client.api.IncidentsApi;
import org.observa.client.api.MissionsApi;
import org.observa.client.api.ObservationFormsApi;
import org.observa.client.api.PartiesApi;
import org.observa.client.api.PartnerIntegrationApi;
import org.observa.client.api.PollingStationsApi;
import org.observa.client.api.ReferenceApi;
import org.observa.client.api.TabulationApi;
import org.observa.client.model.ApiKeyCreate;
import org.observa.client.model.ApiKeyRole;
import org.observa.client.model.Change;
import org.observa.client.model.ChangePage;
import org.observa.client.model.Division;
import org.observa.client.model.DivisionLevel;
import org.observa.client.model.Election;
import org.observa.client.model.ElectionCreate;
import org.observa.client.model.ElectionPage;
import org.observa.client.model.ElectionResults;
import org.observa.client.model.ElectionType;
import org.observa.client.model.Engagement;
import org.observa.client.model.EngagementCreate;
import org.observa.client.model.EngagementImportRow;
import org.observa.client.model.EngagementKind;
import org.observa.client.model.EngagementPatch;
import org.observa.client.model.ExportFormat;
import org.observa.client.model.FormQuestion;
import org.observa.client.model.FormStats;
import org.observa.client.model.FormVersionStatus;
import org.observa.client.model.ImportBundle;
import org.observa.client.model.ImportReport;
import org.observa.client.model.Incident;
import org.observa.client.model.IncidentCategory;
import org.observa.client.model.IncidentCreate;
import org.observa.client.model.IncidentFeatureCollection;
import org.observa.client.model.IncidentSeverity;
import org.observa.client.model.IncidentStatus;
import org.observa.client.model.IncidentStatusChange;
import org.observa.client.model.IncidentStatusChangeCreate;
import org.observa.client.model.IssuedApiKey;
import org.observa.client.model.Location;
import org.observa.client.model.Mission;
import org.observa.client.model.MissionCreate;
import org.observa.client.model.ObservationForm;
import org.observa.client.model.ObservationFormCreate;
import org.observa.client.model.ObservationFormVersion;
import org.observa.client.model.ObservationFormVersionCreate;
import org.observa.client.model.ObservationFormVersionPatch;
import org.observa.client.model.ObservedResult;
import org.observa.client.model.ObservedResultCreate;
import org.observa.client.model.Organization;
import org.observa.client.model.OrganizationClassification;
import org.observa.client.model.OrganizationCreate;
import org.observa.client.model.ParticipationCreate;
import org.observa.client.model.ParticipationStatus;
import org.observa.client.model.PartyCreate;
import org.observa.client.model.PartyVotes;
import org.observa.client.model.PollingCentre;
import org.observa.client.model.PollingCentreCreate;
import org.observa.client.model.PollingStation;
import org.observa.client.model.PollingStationCreate;
import org.observa.client.model.PollingStationFeatureCollection;
import org.observa.client.model.PollingStationPage;
import org.observa.client.model.QuestionCondition;
import org.observa.client.model.QuestionType;
import org.observa.client.model.ResultsGrouping;
import org.observa.client.model.Sample;
import org.observa.client.model.SampleCreate;
import org.observa.client.model.SampleEstimate;
import org.observa.client.model.SampleMethod;
import org.observa.client.model.StationResult;
import org.observa.client.model.StationResultCreate;
import org.observa.client.model.StationResultTotals;
import org.observa.client.model.StationVisit;
import org.observa.client.model.StationVisitCreate;
import org.observa.client.model.VisitPhase;

/**
 * The contract, dogfooded: a Java client generated from openapi.yaml by openapi-generator (library native,
 * enumUnknownDefaultCase as the README advises), unmodified, drives what a dashboard and a partner do. A
 * step that needed a hand-written workaround would mean the contract is wrong.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final String ELECTION = "kh-na-2023-07-23";

    @TestHTTPResource("/")
    URL base;

    private ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return client;
    }

    @Test
    void aDashboardReadsPagesPollsCheaplyAndDrawsAMap() throws Exception {
        ReferenceApi reference = new ReferenceApi(client(null));
        List<String> elections = new ArrayList<>();
        String token = null;
        do {
            ElectionPage page = reference.listElections("KH", null, null, null, null, null, 2, token, null);
            page.getItems().stream().map(Election::getId).forEach(elections::add);
            token = page.getNextPageToken();
        } while (token != null);
        assertThat(elections).contains(ELECTION, "kh-na-2018-07-29");

        Division kampongThom = reference.getDivision("KH-6", null);
        assertThat(kampongThom.getLevel()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(kampongThom.getName()).containsEntry("en", "Kampong Thom");

        PollingStationsApi stations = new PollingStationsApi(client(null));
        List<PollingStation> kampongThomStations = new ArrayList<>();
        token = null;
        do {
            PollingStationPage page = stations.listPollingStations(ELECTION, "KH-6", null, null, null, null, 5, token, null);
            kampongThomStations.addAll(page.getItems());
            token = page.getNextPageToken();
        } while (token != null);
        assertThat(kampongThomStations).hasSize(19);

        // Polling: the page's ETag back in If-None-Match; unchanged, the answer is a 304 with no body.
        ApiResponse<PollingStationPage> first = stations.listPollingStationsWithHttpInfo(ELECTION, "KH-6", null, null,
                null, null, 50, null, null);
        String etag = first.getHeaders().get("etag").get(0);
        assertThatThrownBy(() -> stations.listPollingStations(ELECTION, "KH-6", null, null, null, null, 50, null, etag))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).getCode()).isEqualTo(304);

        PollingStationFeatureCollection map = stations.listPollingStationsAsGeoJson(ELECTION, "KH-6", null, null, null,
                null, 50, null, null);
        assertThat(map.getType()).hasToString("FeatureCollection");
        File spreadsheet = stations.listPollingStationsAsCsv(ELECTION, "KH-6", null, null, null, null, 50, null, null);
        assertThat(Files.readAllLines(spreadsheet.toPath())).hasSize(20).first().asString().startsWith("id,electionId,");

        ElectionResults results = new PartiesApi(client(null)).getElectionResults(ELECTION, ResultsGrouping.PARTY, null);
        assertThat(results.getParties()).first().extracting(party -> party.getAbbreviation()).isEqualTo("CPP");
    }

    @Test
    void aPartnerWritesWithItsKeyPatchesWithIfMatchImportsAndFollowsTheChangeFeed() throws Exception {
        ApiClient administrator = client(ApiTest.ADMIN_KEY);
        Organization organization = new MissionsApi(administrator).createOrganization(new OrganizationCreate()
                .name(Map.of("en", "Generated-client observers"))
                .classification(OrganizationClassification.OBSERVER_GROUP));
        IssuedApiKey key = new PartnerIntegrationApi(administrator).createApiKey(new ApiKeyCreate()
                .organizationId(organization.getId()).role(ApiKeyRole.EDITOR).label("generated client"));

        ApiClient partner = client(key.getToken());
        MissionsApi missions = new MissionsApi(partner);
        Mission mission = missions.createMission(new MissionCreate().organizationId(organization.getId())
                .electionId(ELECTION).countryId("KH").title(Map.of("en", "A mission written by a generated client"))
                .startDate(LocalDate.parse("2023-07-15")).endDate(LocalDate.parse("2023-07-25")));
        Engagement engagement = missions.createEngagement(mission.getId(), new EngagementCreate()
                .kind(EngagementKind.MEETING).startDate(LocalDate.parse("2023-07-17"))
                .summary(Map.of("en", "Briefing by the election commission")));

        PartnerIntegrationApi integration = new PartnerIntegrationApi(partner);
        ApiResponse<File> export = missions.exportEngagementsWithHttpInfo(mission.getId(), null, null, ExportFormat.NDJSON);
        String cursor = export.getHeaders().get("observa-change-cursor").get(0);
        assertThat(Files.readAllLines(export.getData().toPath())).hasSize(1);

        String etag = missions.getEngagementWithHttpInfo(mission.getId(), engagement.getId(), null)
                .getHeaders().get("etag").get(0);
        Engagement moved = missions.updateEngagement(mission.getId(), engagement.getId(), etag,
                new EngagementPatch().place("Phnom Penh"));
        assertThat(moved.getPlace()).isEqualTo("Phnom Penh");
        assertThatThrownBy(() -> missions.updateEngagement(mission.getId(), engagement.getId(), etag,
                new EngagementPatch().place("Kampong Thom")))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).getCode()).isEqualTo(412);

        UUID imported = UUID.randomUUID();
        ImportBundle bundle = new ImportBundle().engagements(List.of(new EngagementImportRow().id(imported)
                .missionId(mission.getId()).kind(EngagementKind.INTERVIEW).startDate(LocalDate.parse("2023-07-18"))
                .summary(Map.of("en", "Interview with a researcher"))));
        ImportReport report = integration.importBundle(bundle, false, null);
        assertThat(report.getResults().get("engagements").getCreated()).isEqualTo(1);

        List<Change> changes = new ArrayList<>();
        ChangePage page;
        do {
            page = integration.listChanges(cursor, 500);
            changes.addAll(page.getItems());
            cursor = page.getCursor();
        } while (!page.getItems().isEmpty());
        assertThat(changes).extracting(Change::getId)
                .contains(engagement.getId().toString(), imported.toString());
    }

    @Test
    void aMissionReportsAnIncidentMovesItThroughItsWorkflowAndMapsIt() throws Exception {
        ApiClient administrator = client(ApiTest.ADMIN_KEY);
        Organization organization = new MissionsApi(administrator).createOrganization(new OrganizationCreate()
                .name(Map.of("en", "Generated-client incident reporters"))
                .classification(OrganizationClassification.OBSERVER_GROUP));
        ApiClient partner = client(new PartnerIntegrationApi(administrator).createApiKey(new ApiKeyCreate()
                .organizationId(organization.getId()).role(ApiKeyRole.EDITOR).label("incidents")).getToken());
        Mission mission = new MissionsApi(partner).createMission(new MissionCreate().organizationId(organization.getId())
                .electionId(ELECTION).countryId("KH").title(Map.of("en", "Incident reporting by a generated client"))
                .startDate(LocalDate.parse("2023-07-15")).endDate(LocalDate.parse("2023-07-25")));

        IncidentsApi incidents = new IncidentsApi(partner);
        Incident reported = incidents.createIncident(new IncidentCreate().missionId(mission.getId()).divisionId("KH-6")
                .location(new Location().latitude(12.71).longitude(104.89))
                .occurredAt(OffsetDateTime.parse("2023-07-23T05:00:00Z")).category(IncidentCategory.VOTE_BUYING)
                .severity(IncidentSeverity.MEDIUM).description(Map.of("en", "Envelopes handed out near a pagoda")));
        String etag = incidents.getIncidentWithHttpInfo(reported.getId(), null).getHeaders().get("etag").get(0);
        Incident underReview = incidents.changeIncidentStatus(reported.getId(), etag, new IncidentStatusChangeCreate()
                .status(IncidentStatus.UNDER_REVIEW).reason("Two observers saw it"));
        assertThat(underReview.getStatus()).isEqualTo(IncidentStatus.UNDER_REVIEW);
        assertThat(incidents.listIncidentStatusChanges(reported.getId(), null, null, null).getItems())
                .extracting(IncidentStatusChange::getTo).containsExactly(IncidentStatus.REPORTED, IncidentStatus.UNDER_REVIEW);

        IncidentFeatureCollection map = incidents.listIncidentsAsGeoJson(mission.getId(), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThat(map.getFeatures()).singleElement()
                .satisfies(feature -> assertThat(feature.getProperties().getId()).isEqualTo(reported.getId()));
    }

    @Test
    void aMissionDefinesAFormPublishesItRecordsAVisitAnsweringItAndReadsItsStatistics() throws Exception {
        ApiClient administrator = client(ApiTest.ADMIN_KEY);
        Organization organization = new MissionsApi(administrator).createOrganization(new OrganizationCreate()
                .name(Map.of("en", "Generated-client form authors"))
                .classification(OrganizationClassification.OBSERVER_GROUP));
        ApiClient partner = client(new PartnerIntegrationApi(administrator).createApiKey(new ApiKeyCreate()
                .organizationId(organization.getId()).role(ApiKeyRole.EDITOR).label("forms")).getToken());
        ObservationFormsApi forms = new ObservationFormsApi(partner);
        ObservationForm form = forms.createObservationForm(new ObservationFormCreate().organizationId(organization.getId())
                .code("generated_" + UUID.randomUUID().toString().substring(0, 8)).title(Map.of("en", "Opening"))
                .phases(List.of(VisitPhase.OPENING)));
        forms.createObservationFormVersion(form.getId(), new ObservationFormVersionCreate()
                .addQuestionsItem(new FormQuestion().code("STATION_OPENED").label(Map.of("en", "Opened on time?"))
                        .type(QuestionType.YES_NO).required(true).goodAnswers(List.of("YES")))
                .addQuestionsItem(new FormQuestion().code("VOTERS_WAITING").label(Map.of("en", "Voters waiting"))
                        .type(QuestionType.INTEGER).required(false).min(java.math.BigDecimal.ZERO)
                        .showIf(new QuestionCondition().question("STATION_OPENED").anyOf(List.of("NO")))));
        String etag = forms.getObservationFormVersionWithHttpInfo(form.getId(), 1, null).getHeaders().get("etag").get(0);
        ObservationFormVersion published = forms.updateObservationFormVersion(form.getId(), 1, etag,
                new ObservationFormVersionPatch().status("PUBLISHED"));
        assertThat(published.getStatus()).isEqualTo(FormVersionStatus.PUBLISHED);

        // an election of its own, so that the demo election's figures stay those of the report
        LocalDate pollingDay = LocalDate.of(2045, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000));
        Election election = new ReferenceApi(administrator).createElection(new ElectionCreate().countryId("KH")
                .type(ElectionType.PROVINCIAL).name(Map.of("en", "Generated-client election")).pollingDate(pollingDay)
                .timeZone("Asia/Phnom_Penh"));
        PollingStationsApi stations = new PollingStationsApi(administrator);
        PollingCentre centre = stations.createPollingCentre(new PollingCentreCreate().electionId(election.getId())
                .divisionId("KH-6").name(Map.of("en", "Generated-client school")));
        PollingStation station = stations.createPollingStation(new PollingStationCreate().centreId(centre.getId()).number("1"));

        MissionsApi missions = new MissionsApi(partner);
        Mission mission = missions.createMission(new MissionCreate().organizationId(organization.getId())
                .electionId(election.getId()).countryId("KH").title(Map.of("en", "Forms from a generated client"))
                .observationFormIds(List.of(form.getId())));
        StationVisit visit = new PollingStationsApi(partner).createStationVisit(new StationVisitCreate()
                .missionId(mission.getId()).stationId(station.getId())
                .visitedOn(pollingDay).phase(VisitPhase.OPENING).formId(form.getId())
                .answers(Map.of("STATION_OPENED", "NO", "VOTERS_WAITING", 35)));
        assertThat(visit.getAnswers()).containsEntry("STATION_OPENED", "NO").containsEntry("VOTERS_WAITING", 35);
        assertThat(visit.getFormVersion()).isEqualTo(1);

        FormStats stats = new ObservationFormsApi(client(null)).getFormStats(election.getId(), form.getId(), null, null,
                null, null);
        assertThat(stats.getTotals().getVisits()).isEqualTo(1);
        assertThat(stats.getTotals().getQuestions().get("STATION_OPENED").getAnswers()).containsEntry("NO", 1L);
        assertThat(stats.getTotals().getQuestions().get("VOTERS_WAITING").getNumbers().getMean())
                .isEqualByComparingTo("35");
    }

    @Test
    void officialAndObservedResultsAndASamplesEstimateReadBackTyped() throws Exception {
        ApiClient administrator = client(ApiTest.ADMIN_KEY);
        // an election long over, so that its sample is public; a day of its own between 1930 and 1949
        LocalDate pollingDay = LocalDate.of(1930, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 7000));
        Election election = new ReferenceApi(administrator).createElection(new ElectionCreate().countryId("KH")
                .type(ElectionType.PROVINCIAL).name(Map.of("en", "Generated-client count")).pollingDate(pollingDay)
                .timeZone("Asia/Phnom_Penh"));
        PartiesApi parties = new PartiesApi(administrator);
        UUID party = parties.createParty(new PartyCreate().countryId("KH").name(Map.of("en", "Generated-client party"))).getId();
        UUID participation = parties.createParticipation(election.getId(), new ParticipationCreate().partyId(party)
                .status(ParticipationStatus.REGISTERED)).getId();
        PollingStationsApi stations = new PollingStationsApi(administrator);
        PollingCentre centre = stations.createPollingCentre(new PollingCentreCreate().electionId(election.getId())
                .divisionId("KH-6").name(Map.of("en", "Generated-client school")));
        PollingStation station = stations.createPollingStation(new PollingStationCreate().centreId(centre.getId())
                .number("1").registeredVoters(600));

        TabulationApi tabulation = new TabulationApi(administrator);
        StationResult official = tabulation.createStationResult(election.getId(), new StationResultCreate()
                .stationId(station.getId()).validVotes(480L).invalidVotes(20L).ballotsCast(500L)
                .addVotesItem(new PartyVotes().participationId(participation).votes(480L)));
        assertThat(official.getFlags()).isEmpty();
        StationResultTotals totals = new TabulationApi(client(null)).getStationResultTotals(election.getId(), null, null);
        assertThat(totals.getTotals().getValidVotes()).isEqualTo(480L);

        MissionsApi missions = new MissionsApi(administrator);
        Organization watchers = missions.createOrganization(new OrganizationCreate()
                .name(Map.of("en", "Generated-client count watchers")).classification(OrganizationClassification.OBSERVER_GROUP));
        Mission mission = missions.createMission(new MissionCreate().organizationId(watchers.getId())
                .electionId(election.getId()).countryId("KH").title(Map.of("en", "Generated-client count watchers")));
        StationVisit counting = stations.createStationVisit(new StationVisitCreate().missionId(mission.getId())
                .stationId(station.getId()).visitedOn(pollingDay).phase(VisitPhase.COUNTING));
        ObservedResult observed = tabulation.createObservedResult(new ObservedResultCreate().visitId(counting.getId())
                .validVotes(470L).addVotesItem(new PartyVotes().participationId(participation).votes(470L))
                .postedPublicly(true));
        assertThat(observed.getDivisionId()).isEqualTo("KH-6");

        Sample sample = tabulation.createSample(new SampleCreate().missionId(mission.getId()).method(SampleMethod.LIST)
                .stationIds(List.of(station.getId())));
        SampleEstimate estimate = new TabulationApi(client(null)).getSampleEstimate(sample.getId(), null);
        assertThat(estimate.getEstimated()).isTrue();
        assertThat(estimate.getShares()).singleElement().satisfies(share -> {
            assertThat(share.getParticipationId()).isEqualTo(participation);
            assertThat(share.getEstimate()).isEqualTo(1.0);
            assertThat(share.getMargin()).isZero();
        });
        assertThat(new TabulationApi(client(null)).listResultDiscrepancies(election.getId(), null, null, null, null)
                .getItems()).singleElement().satisfies(c -> assertThat(c.getDifferences()).hasSize(2));
    }

    @Test
    void anEnumValueTheClientDoesNotKnowYetDoesNotBreakIt() throws Exception {
        // The contract says new enum values may appear; generated with enumUnknownDefaultCase the client reads them.
        Division future = client(null).getObjectMapper().readValue(
                "{\"id\":\"KH-6-01\",\"countryId\":\"KH\",\"level\":\"MUNICIPALITY\",\"name\":{\"en\":\"x\"},"
                        + "\"identifiers\":[],\"createdAt\":\"2026-11-27T18:00:00Z\",\"updatedAt\":\"2026-11-27T18:00:00Z\"}",
                Division.class);
        assertThat(future.getLevel()).isEqualTo(DivisionLevel.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Test
    void aPartnerSubscribesItsReceiverPingsItAndReadsTheDeliveryLog() throws Exception {
        ApiClient administrator = client(ApiTest.ADMIN_KEY);
        Organization organization = new MissionsApi(administrator).createOrganization(new OrganizationCreate()
                .name(Map.of("en", "Generated-client subscribers"))
                .classification(OrganizationClassification.OBSERVER_GROUP));
        IssuedApiKey key = new PartnerIntegrationApi(administrator).createApiKey(new ApiKeyCreate()
                .organizationId(organization.getId()).role(ApiKeyRole.EDITOR).label("generated client webhooks"));
        WebhooksApi webhooks = new WebhooksApi(client(key.getToken()));

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            IssuedWebhook subscription = webhooks.createWebhook(new WebhookCreate().url(receiver.url())
                    .types(List.of(ChangeType.ENGAGEMENT, ChangeType.STATION_VISIT)).status(WebhookStatus.PAUSED));
            assertThat(subscription.getSecret()).startsWith("whsec_");
            assertThat(subscription.getOrganizationId()).isEqualTo(organization.getId());

            WebhookDelivery ping = webhooks.pingWebhook(subscription.getId());
            receiver.await(1, message -> true, java.time.Duration.ofSeconds(30));
            WebhookDelivery sent = ping;
            for (int i = 0; i < 300 && sent.getStatus() == WebhookDeliveryStatus.PENDING; i++) {
                Thread.sleep(20);
                sent = webhooks.getWebhookDelivery(subscription.getId(), ping.getId(), null);
            }
            assertThat(sent.getStatus()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
            assertThat(sent.getPayload().getType()).isEqualTo("ping");
            assertThat(sent.getAttempts()).singleElement().satisfies(attempt ->
                    assertThat(attempt.getStatusCode()).isEqualTo(204));
            assertThat(webhooks.listWebhookDeliveries(subscription.getId(), null, null, null, null).getItems())
                    .extracting(WebhookDelivery::getKind).containsExactly(WebhookDeliveryKind.PING);
            webhooks.deleteWebhook(subscription.getId(), "*");
        }
    }
}
