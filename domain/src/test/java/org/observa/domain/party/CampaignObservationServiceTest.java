package org.observa.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.party.PartyFixture.fieldsOf;
import static org.observa.domain.party.PartyFixture.july;
import static org.observa.domain.party.PartyFixture.party;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.ValidationException;

class CampaignObservationServiceTest {

    private final PartyFixture world = new PartyFixture();
    private final CampaignObservationService service = world.observations;
    private final Party cpp = world.createParty("Cambodian People's Party", "CPP");

    private CampaignObservationDraft observation(LocalDate on, LocalDate until) {
        return new CampaignObservationDraft(world.mission.id(), cpp.id(), on, until, "KH-12", "Phnom Penh",
                CampaignEventKind.DISTRIBUTION_OF_GOODS, List.of(), LocalizedText.english("A soup kitchen"));
    }

    @Test
    void anObservationWithinTheMissionIsRecorded() {
        CampaignObservation soupKitchen = service.create(observation(july(13), july(21)));
        assertThat(service.get(soupKitchen.id())).isEqualTo(soupKitchen);
        assertThat(soupKitchen.draft()).isEqualTo(observation(july(13), july(21)));
    }

    @Test
    void aDayEitherSideOfTheMissionIsAllowedAndTwoAreNot() {
        assertThat(service.create(observation(july(12), null)).observedOn()).isEqualTo(july(12));
        assertThat(service.create(observation(july(23), july(24))).observedUntil()).isEqualTo(july(24));
        assertThatThrownBy(() -> service.create(observation(july(11), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("observedOn", "must be on or after 2023-07-12: the mission starts on 2023-07-13 (one day's margin)")));
        assertThatThrownBy(() -> service.create(observation(july(20), july(25))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("observedUntil", "must be on or before 2023-07-24: the mission ends on 2023-07-23 (one day's margin)")));
    }

    @Test
    void anObservationEndsNoEarlierThanItBegins() {
        assertThatThrownBy(() -> service.create(observation(july(20), july(19))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("observedUntil", "cannot be before observedOn")));
    }

    @Test
    void thePartyAndThePlaceAreInTheMissionsCountry() {
        Party thai = world.parties.create(party("TH", "Thai party", null));
        CampaignObservationDraft abroad = new CampaignObservationDraft(world.mission.id(), thai.id(), july(14), null,
                "TH-10", "Bangkok", CampaignEventKind.RALLY, List.of(), null);
        assertThatThrownBy(() -> service.create(abroad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("partyId", "is a party of 'TH', not of the mission's country 'KH'"),
                        new FieldError("divisionId", "is in 'TH', not in the mission's country 'KH'")));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        UUID nobody = UUID.randomUUID();
        CampaignObservationDraft bad = new CampaignObservationDraft(nobody, null, null, null, "KH-99", " ", null,
                List.of(CampaignConcern.VOTE_BUYING_RISK, CampaignConcern.INTIMIDATION, CampaignConcern.VOTE_BUYING_RISK), null);
        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("missionId", "there is no mission '" + nobody + "'"),
                        new FieldError("partyId", "must not be null"),
                        new FieldError("observedOn", "must not be null"),
                        new FieldError("divisionId", "there is no division 'KH-99'"),
                        new FieldError("place", "must not be blank; leave it out instead"),
                        new FieldError("kind", "must not be null"),
                        new FieldError("concerns[2]", "appears twice; name each concern once")));
    }

    @Test
    void anObservationStaysWithItsMission() {
        CampaignObservation recorded = service.create(observation(july(14), null));
        CampaignObservationDraft moved = new CampaignObservationDraft(UUID.randomUUID(), cpp.id(), july(14), null,
                "KH-12", "Phnom Penh", CampaignEventKind.DISTRIBUTION_OF_GOODS, List.of(), null);
        assertThatThrownBy(() -> service.update(recorded, moved))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("missionId"));
    }

    @Test
    void concernsAreRecordedAndAnUnchangedObservationIsKept() {
        CampaignObservation recorded = service.create(observation(july(14), null));
        CampaignObservationDraft concerned = new CampaignObservationDraft(world.mission.id(), cpp.id(), july(14), null,
                "KH-12", "Phnom Penh", CampaignEventKind.RALLY,
                List.of(CampaignConcern.USE_OF_STATE_RESOURCES, CampaignConcern.INTIMIDATION), null);
        CampaignObservation updated = service.update(recorded, concerned);
        assertThat(updated.concerns()).containsExactly(CampaignConcern.USE_OF_STATE_RESOURCES, CampaignConcern.INTIMIDATION);
        assertThat(service.update(updated, updated.draft())).isSameAs(updated);
        service.delete(updated);
        assertThat(world.observationRows.rows).isEmpty();
    }
}
