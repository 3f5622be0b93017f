package org.observa.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.party.PartyFixture.KH_2023;
import static org.observa.domain.party.PartyFixture.TH_2023;
import static org.observa.domain.party.PartyFixture.participation;
import static org.observa.domain.party.PartyFixture.party;
import static org.observa.domain.party.PartyFixture.row;
import static org.observa.domain.party.PartyFixture.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Source;
import org.observa.domain.shared.ValidationException;

class ParticipationServiceTest {

    private final PartyFixture world = new PartyFixture();
    private final ParticipationService service = world.participations;
    private final Party party = world.createParty("Candlelight Party", "CLP");

    @Test
    void aRejectedRegistrationIsRecordedWithItsReasonAndSource() {
        ParticipationDraft rejected = new ParticipationDraft(party.id(), ParticipationStatus.REJECTED,
                LocalDate.of(2023, 5, 15), LocalizedText.english("Registration rejected by the NEC"),
                List.of(Source.cite("COMFREL, election digest, May 2023")), "Dated by the NEC's registration of parties.");
        Participation participation = service.create(KH_2023, rejected);
        assertThat(service.get(KH_2023, participation.id())).isEqualTo(participation);
        assertThat(participation.draft()).isEqualTo(rejected);
    }

    @Test
    void aParticipationIsOnlyFoundUnderItsOwnElection() {
        Participation participation = service.create(KH_2023, participation(party.id(), ParticipationStatus.REGISTERED));
        assertThatThrownBy(() -> service.get(TH_2023, participation.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no participation '" + participation.id() + "'.");
        assertThatThrownBy(() -> service.create("kh-na-2099-01-01", participation(party.id(), ParticipationStatus.REGISTERED)))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no election 'kh-na-2099-01-01'.");
    }

    @Test
    void thePartyMustBeOfTheElectionsCountry() {
        Party thai = world.parties.create(party("TH", "Thai party", null));
        UUID nobody = UUID.randomUUID();
        assertThatThrownBy(() -> service.create(KH_2023, participation(thai.id(), ParticipationStatus.REGISTERED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partyId", "is a party of 'TH', not of the election's country 'KH'")));
        assertThatThrownBy(() -> service.create(KH_2023, participation(nobody, ParticipationStatus.REGISTERED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partyId", "there is no party '" + nobody + "'")));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        ParticipationDraft bad = new ParticipationDraft(null, null, null,
                new LocalizedText(Map.of("en", " ")), List.of(new Source(" ", "not a url", null, null)), "");
        assertThatThrownBy(() -> service.create(KH_2023, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("partyId", "must not be null"),
                        new FieldError("status", "must not be null"),
                        new FieldError("reason.en", "must not be blank"),
                        new FieldError("sources[0].citation", "must not be blank"),
                        new FieldError("sources[0].url", "must be an absolute http or https URL of at most 2000 characters"),
                        new FieldError("notes", "must not be blank; leave it out instead")));
    }

    @Test
    void aPartyTakesPartInAnElectionOnce() {
        Participation first = service.create(KH_2023, participation(party.id(), ParticipationStatus.REGISTERED));
        assertThatThrownBy(() -> service.create(KH_2023, participation(party.id(), ParticipationStatus.WITHDRAWN)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Party '" + party.id() + "' already takes part in election '" + KH_2023 + "': participation '"
                        + first.id() + "'. A party takes part in an election once; change that one.");
    }

    @Test
    void thePartyIsFixed() {
        Participation participation = service.create(KH_2023, participation(party.id(), ParticipationStatus.REGISTERED));
        Party other = world.createParty("Other", null);
        assertThatThrownBy(() -> service.update(participation, participation(other.id(), ParticipationStatus.REGISTERED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partyId", "cannot be changed; record the other party's participation instead")));
    }

    @Test
    void aParticipationWithoutResultsMayChangeItsStatus() {
        Participation participation = service.create(KH_2023, participation(party.id(), ParticipationStatus.REGISTERED));
        Participation withdrawn = service.update(participation, participation(party.id(), ParticipationStatus.WITHDRAWN));
        assertThat(withdrawn.status()).isEqualTo(ParticipationStatus.WITHDRAWN);
        assertThat(service.update(withdrawn, withdrawn.draft())).isSameAs(withdrawn);
    }

    @Test
    void aParticipationTheResultsListStaysRegisteredAndIsKept() {
        Participation participation = service.create(KH_2023, participation(party.id(), ParticipationStatus.REGISTERED));
        world.results.create(KH_2023, table(List.of(row(participation, null, 1000, 3)), List.of()));
        assertThatThrownBy(() -> service.update(participation, participation(party.id(), ParticipationStatus.DISSOLVED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("status", "cannot become DISSOLVED while the election's results list this party:"
                                + " only REGISTERED participations get results; upload results without it first")));
        assertThatThrownBy(() -> service.delete(participation)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("has results in election '" + KH_2023 + "'");
    }

    @Test
    void aParticipationWithoutResultsIsDeleted() {
        Participation participation = service.create(KH_2023, participation(party.id(), ParticipationStatus.REGISTERED));
        service.delete(participation);
        assertThat(world.participationRows.rows).isEmpty();
    }
}
