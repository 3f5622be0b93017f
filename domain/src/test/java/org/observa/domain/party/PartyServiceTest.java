package org.observa.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.party.PartyFixture.KH_2023;
import static org.observa.domain.party.PartyFixture.fieldsOf;
import static org.observa.domain.party.PartyFixture.july;
import static org.observa.domain.party.PartyFixture.participation;
import static org.observa.domain.party.PartyFixture.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.Identifier;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.ValidationException;

class PartyServiceTest {

    private final PartyFixture world = new PartyFixture();
    private final PartyService service = world.parties;

    private static PartyDraft withPredecessor(PartyDraft draft, UUID predecessorId) {
        return new PartyDraft(draft.countryId(), draft.name(), draft.abbreviation(), draft.foundedOn(),
                draft.dissolvedOn(), draft.colour(), draft.logoUrl(), draft.identifiers(), predecessorId,
                draft.sources(), draft.notes());
    }

    @Test
    void aPartyIsCreatedInItsCountry() {
        Party cpp = service.create(party("KH", "Cambodian People's Party", "CPP"));
        assertThat(service.get(cpp.id())).isEqualTo(cpp);
        assertThat(cpp.createdAt()).isEqualTo(cpp.updatedAt()).isEqualTo("2026-11-27T18:00:00.123456Z");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        PartyDraft bad = new PartyDraft("KH-6", new LocalizedText(Map.of("km", "គណបក្ស")), " ",
                LocalDate.of(2000, 1, 1), LocalDate.of(1999, 12, 31), "red", "ftp://example.org/logo.png",
                List.of(new Identifier("wikidata", "Q1"), new Identifier("wikidata", "Q2")), null, List.of(), null);
        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError("countryId", "must be a COUNTRY, but 'KH-6' is a PROVINCE"),
                        new FieldError("name.en", "must not be blank (English is required)"),
                        new FieldError("abbreviation", "must not be blank; leave it out instead"),
                        new FieldError("dissolvedOn", "cannot be before foundedOn"),
                        new FieldError("colour", "must be a colour written #RRGGBB, such as #1E90FF"),
                        new FieldError("logoUrl", "must be an absolute http or https URL of at most 2000 characters"),
                        new FieldError("identifiers[1].scheme", "appears twice; give at most one identifier per scheme")));
    }

    @Test
    void aCountryThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> service.create(party("ZZ", "Nowhere Party", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("countryId", "there is no division 'ZZ'")));
    }

    @Test
    void aColourIsSixHexDigitsInEitherCase() {
        PartyDraft draft = party("KH", "Blue Party", null);
        PartyDraft blue = new PartyDraft("KH", draft.name(), null, null, null, "#1e90FF", null, List.of(), null,
                List.of(), null);
        assertThat(service.create(blue).colour()).isEqualTo("#1e90FF");
    }

    @Nested
    class Abbreviations {

        private final Party cpp = service.create(party("KH", "Cambodian People's Party", "CPP"));

        @Test
        void areUniquePerCountryWhateverTheirCase() {
            assertThatThrownBy(() -> service.create(party("KH", "Another party", "cpp")))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("The abbreviation 'cpp' is already used in 'KH' by the party 'Cambodian People's Party' ("
                            + cpp.id() + "); abbreviations are unique per country, whatever their case.");
        }

        @Test
        void mayRepeatInAnotherCountry() {
            assertThat(service.create(party("TH", "Thai party", "CPP")).abbreviation()).isEqualTo("CPP");
        }

        @Test
        void aPartyKeepsItsOwnWhenItChanges() {
            PartyDraft renamed = new PartyDraft("KH", LocalizedText.english("CPP, renamed"), "Cpp", null, null, null,
                    null, List.of(), null, List.of(), null);
            assertThat(service.update(cpp, renamed).abbreviation()).isEqualTo("Cpp");
        }

        @Test
        void cannotBeTakenFromAnotherPartyByAnUpdate() {
            Party other = service.create(party("KH", "Other party", "OP"));
            assertThatThrownBy(() -> service.update(other, party("KH", "Other party", "CPP")))
                    .isInstanceOf(ConflictException.class).hasMessageContaining(cpp.id().toString());
        }
    }

    @Nested
    class Predecessors {

        private final Party first = service.create(party("KH", "First name", null));

        @Test
        void aSuccessorNamesThePartyItWasRenamedFrom() {
            Party renamed = service.create(withPredecessor(party("KH", "Second name", null), first.id()));
            assertThat(renamed.predecessorId()).isEqualTo(first.id());
        }

        @Test
        void mustExistAndBeOfTheSameCountry() {
            Party thai = service.create(party("TH", "Thai party", null));
            UUID nobody = UUID.randomUUID();
            assertThatThrownBy(() -> service.create(withPredecessor(party("KH", "A", null), thai.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("predecessorId", "is a party of 'TH', not of 'KH'")));
            assertThatThrownBy(() -> service.create(withPredecessor(party("KH", "A", null), nobody)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("predecessorId", "there is no party '" + nobody + "'")));
        }

        @Test
        void neverLeadBackToTheParty() {
            Party second = service.create(withPredecessor(party("KH", "Second", null), first.id()));
            Party third = service.create(withPredecessor(party("KH", "Third", null), second.id()));
            assertThatThrownBy(() -> service.update(first, withPredecessor(first.draft(), third.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("predecessorId", "would make a cycle: '" + third.id()
                                    + "' already descends from this party")));
            assertThatThrownBy(() -> service.update(first, withPredecessor(first.draft(), first.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("predecessorId", "cannot be the party itself")));
        }
    }

    @Test
    void theCountryIsFixed() {
        Party party = service.create(party("KH", "A party", null));
        assertThatThrownBy(() -> service.update(party, party("TH", "A party", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("countryId"));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheParty() {
        Party party = service.create(party("KH", "A party", "AP"));
        assertThat(service.update(party, party.draft())).isSameAs(party);
    }

    @Test
    void aPartyIsActiveFromItsFoundingToItsDissolutionBothIncluded() {
        Party undated = service.create(party("KH", "Undated", null));
        Party dated = service.create(new PartyDraft("KH", LocalizedText.english("Dated"), null, LocalDate.of(2000, 1, 1),
                LocalDate.of(2017, 11, 16), null, null, List.of(), null, List.of(), null));
        assertThat(undated.isActiveOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(dated.isActiveOn(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(dated.isActiveOn(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(dated.isActiveOn(LocalDate.of(2017, 11, 16))).isTrue();
        assertThat(dated.isActiveOn(LocalDate.of(2017, 11, 17))).isFalse();
    }

    @Nested
    class Deleting {

        private final Party party = service.create(party("KH", "A party", null));

        @Test
        void aPartyNothingRefersToIsDeleted() {
            service.delete(party);
            assertThat(world.partyRows.rows).doesNotContainKey(party.id());
        }

        @Test
        void aPartyThatTookPartInAnElectionIsKept() {
            world.participations.create(KH_2023, participation(party.id(), ParticipationStatus.REGISTERED));
            assertThatThrownBy(() -> service.delete(party)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("delete its participations first");
        }

        @Test
        void aPartyAnObservationNamesIsKept() {
            world.observations.create(new CampaignObservationDraft(world.mission.id(), party.id(), july(14), null,
                    null, null, CampaignEventKind.RALLY, List.of(), null));
            assertThatThrownBy(() -> service.delete(party)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("campaign observations");
        }

        @Test
        void aPredecessorIsKeptWhileItsSuccessorNamesIt() {
            service.create(withPredecessor(party("KH", "Successor", null), party.id()));
            assertThatThrownBy(() -> service.delete(party)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("predecessor");
        }
    }
}
