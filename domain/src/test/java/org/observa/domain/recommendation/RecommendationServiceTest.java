package org.observa.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observa.domain.recommendation.RecommendationFixture.draft;
import static org.observa.domain.recommendation.RecommendationFixture.fieldsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.mission.Mission;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.LocalizedText;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Source;
import org.observa.domain.shared.ValidationException;

class RecommendationServiceTest {

    private final RecommendationFixture world = new RecommendationFixture();
    private final RecommendationService service = world.recommendations();
    private final Mission mission2013 = world.missionWithoutDates("KH", LocalDate.of(2013, 7, 28));
    private final Mission mission2023 = world.mission("KH", LocalDate.of(2023, 7, 13));

    private static RecommendationDraft withAddressees(RecommendationDraft d, List<Addressee> addressees) {
        return new RecommendationDraft(d.missionId(), d.number(), d.title(), d.text(), addressees, d.phase(),
                d.priority(), d.follows(), d.source(), d.notes());
    }

    private static RecommendationDraft withNumber(RecommendationDraft d, int number) {
        return new RecommendationDraft(d.missionId(), number, d.title(), d.text(), d.addressees(), d.phase(),
                d.priority(), d.follows(), d.source(), d.notes());
    }

    private static RecommendationDraft withFollows(RecommendationDraft d, UUID follows) {
        return new RecommendationDraft(d.missionId(), d.number(), d.title(), d.text(), d.addressees(), d.phase(),
                d.priority(), follows, d.source(), d.notes());
    }

    @Nested
    class Creating {

        @Test
        void aNewRecommendationIsNotAssessedAndInItsMissionsCountry() {
            Recommendation created = service.create(draft(mission2023, 1));
            assertThat(created.status()).isEqualTo(ImplementationStatus.NOT_ASSESSED);
            assertThat(created.countryId()).isEqualTo("KH");
            assertThat(created.createdAt()).isEqualTo(RecommendationFixture.NOW).isEqualTo(created.updatedAt());
            assertThat(service.get(created.id())).isEqualTo(created);
        }

        @Test
        void everyMissingFieldIsReportedAtOnce() {
            RecommendationDraft empty = new RecommendationDraft(null, null, null, null, null, null, null, null, null, null);
            assertThatThrownBy(() -> service.create(empty)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(fieldsOf(e)).containsExactly("missionId", "number", "title", "text", "phase"));
        }

        @Test
        void theMissionMustExistAndTheNumberBePositive() {
            UUID unknown = UUID.randomUUID();
            RecommendationDraft d = draft(mission2023, 1);
            RecommendationDraft bad = new RecommendationDraft(unknown, 0, d.title(), d.text(), d.addressees(), d.phase(),
                    null, null, null, null);
            assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).containsExactly(
                            new FieldError("missionId", "there is no mission '" + unknown + "'"),
                            new FieldError("number", "must be greater than 0")));
        }

        @Test
        void aDuplicateNumberInTheSameMissionIsAConflictNamingTheExistingRecommendation() {
            Recommendation first = service.create(draft(mission2023, 1));
            assertThatThrownBy(() -> service.create(draft(mission2023, 1))).isInstanceOf(ConflictException.class)
                    .hasMessage("Mission '" + mission2023.id() + "' already has a recommendation number 1: '"
                            + first.id() + "'.");
            assertThat(service.create(draft(mission2013, 1)).number()).isEqualTo(1);
        }

        @Test
        void anAddresseeOfKindOtherMustBeNamedAndNoAddresseeAppearsTwice() {
            RecommendationDraft d = withAddressees(draft(mission2023, 1), List.of(
                    new Addressee(AddresseeKind.OTHER, null),
                    new Addressee(AddresseeKind.DONOR_GOVERNMENTS, "Government of Japan"),
                    new Addressee(AddresseeKind.DONOR_GOVERNMENTS, "government of japan "),
                    new Addressee(AddresseeKind.DONOR_GOVERNMENTS, "Government of Korea"),
                    new Addressee(null, " ")));
            assertThatThrownBy(() -> service.create(d)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).containsExactly(
                            new FieldError("addressees[0].name", "must be given for an addressee of kind OTHER: say whom it means"),
                            new FieldError("addressees[2]", "appears twice"),
                            new FieldError("addressees[4].kind", "must not be null"),
                            new FieldError("addressees[4].name", "must not be blank; leave it out instead")));
        }

        @Test
        void aSourceNeedsACitationAndAValidUrl() {
            RecommendationDraft d = draft(mission2023, 1);
            RecommendationDraft sourced = new RecommendationDraft(d.missionId(), 1, d.title(), d.text(), d.addressees(),
                    d.phase(), Priority.HIGH, null,
                    new RecommendationSource(new Source(" ", "ftp://example.org", null, null), ""), null);
            assertThatThrownBy(() -> service.create(sourced)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(fieldsOf(e)).containsExactly("source.citation", "source.url", "source.page"));
        }
    }

    @Nested
    class Following {

        @Test
        void aRecommendationFollowsOneOfAnEarlierMissionToTheSameCountry() {
            Recommendation earlier = service.create(draft(mission2013, 1));
            Recommendation later = service.create(draft(mission2023, 1, earlier.id()));
            assertThat(later.follows()).isEqualTo(earlier.id());
        }

        @Test
        void anUnknownRecommendationCannotBeFollowed() {
            UUID unknown = UUID.randomUUID();
            assertThatThrownBy(() -> service.create(draft(mission2023, 1, unknown)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("follows", "there is no recommendation '" + unknown + "'")));
        }

        @Test
        void aRecommendationOfAnotherCountryCannotBeFollowed() {
            Recommendation thai = service.create(draft(world.mission("TH", LocalDate.of(2019, 3, 1)), 1));
            assertThatThrownBy(() -> service.create(draft(mission2023, 1, thai.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("follows", "is a recommendation of a mission to 'TH', not to this "
                                    + "recommendation's country 'KH'; a recommendation follows up one made in the same country")));
        }

        @Test
        void aRecommendationOfALaterOrSameDayMissionCannotBeFollowed() {
            Recommendation later = service.create(draft(mission2023, 1));
            assertThatThrownBy(() -> service.create(draft(mission2013, 1, later.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("follows", "must be a recommendation of an earlier mission, but '" + later.id()
                                    + "' is from a mission dated 2023-07-13, not before this recommendation's mission (2013-07-28)")));
            Mission sameDay = world.mission("KH", LocalDate.of(2023, 7, 13));
            assertThatThrownBy(() -> service.create(draft(sameDay, 1, later.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fieldsOf(e)).containsExactly("follows"));
        }

        @Test
        void aRecommendationCannotFollowItself() {
            Recommendation own = service.create(draft(mission2023, 1));
            assertThatThrownBy(() -> service.update(own, withFollows(own.draft(), own.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("follows", "cannot name the recommendation itself; name an earlier recommendation it follows up")));
        }

        @Test
        void aChangeOfFollowsThatWouldCloseACycleIsRefused() {
            // A (2013) <- B (2018) <- C (2023); then the 2013 mission's dates are corrected to 2024, so A's
            // mission is the latest and only the explicit cycle check stands between A and following C.
            Mission mission2018 = world.mission("KH", LocalDate.of(2018, 7, 1));
            Recommendation a = service.create(draft(mission2013, 1));
            Recommendation b = service.create(draft(mission2018, 1, a.id()));
            Recommendation c = service.create(draft(mission2023, 1, b.id()));
            world.moved(mission2013, LocalDate.of(2024, 1, 10));
            assertThatThrownBy(() -> service.update(a, withFollows(a.draft(), c.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("follows", "would close a cycle: '" + c.id() + "' already follows this "
                                    + "recommendation, directly or through other recommendations")));
            assertThat(world.recommendationRows.lockedCountries).contains("KH");
            assertThat(service.get(a.id()).follows()).isNull();
        }

        @Test
        void anUnchangedFollowsIsNotCheckedAgainWhenOtherFieldsChange() {
            Recommendation earlier = service.create(draft(mission2013, 1));
            Recommendation later = service.create(draft(mission2023, 1, earlier.id()));
            world.moved(mission2013, LocalDate.of(2024, 1, 10));
            RecommendationDraft retitled = new RecommendationDraft(later.missionId(), 1,
                    LocalizedText.english("A better title"), later.text(), later.addressees(), later.phase(), null,
                    earlier.id(), null, null);
            assertThat(service.update(later, retitled).title().english()).isEqualTo("A better title");
        }

        @Test
        void followsCanBeRemoved() {
            Recommendation earlier = service.create(draft(mission2013, 1));
            Recommendation later = service.create(draft(mission2023, 1, earlier.id()));
            assertThat(service.update(later, withFollows(later.draft(), null)).follows()).isNull();
        }
    }

    @Nested
    class Updating {

        @Test
        void theMissionCannotChange() {
            Recommendation own = service.create(draft(mission2023, 1));
            assertThatThrownBy(() -> service.update(own, draft(mission2013, 1)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("missionId", "cannot be changed; a recommendation belongs to the mission that made it")));
        }

        @Test
        void anUpdateThatChangesNothingKeepsTheRecordAsItWas() {
            Recommendation own = service.create(draft(mission2023, 1));
            assertThat(service.update(own, own.draft())).isSameAs(own);
        }

        @Test
        void renumberingToATakenNumberIsAConflictButKeepingOnesOwnIsNot() {
            Recommendation first = service.create(draft(mission2023, 1));
            Recommendation second = service.create(draft(mission2023, 2));
            assertThatThrownBy(() -> service.update(second, withNumber(second.draft(), 1)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("'" + first.id() + "'");
            RecommendationDraft rephased = new RecommendationDraft(second.missionId(), 2, second.title(), second.text(),
                    second.addressees(), ElectoralPhase.POLLING, null, null, null, null);
            assertThat(service.update(second, rephased).phase()).isEqualTo(ElectoralPhase.POLLING);
            assertThat(service.update(service.get(second.id()), withNumber(second.draft(), 3)).number()).isEqualTo(3);
        }
    }

    @Nested
    class Deleting {

        @Test
        void aRecommendationGoesWithItsAssessments() {
            Recommendation own = service.create(draft(mission2023, 1));
            world.assessments().create(own.id(), RecommendationFixture.assessment(LocalDate.of(2024, 1, 1),
                    ImplementationStatus.NOT_IMPLEMENTED, null, world.comfrel.id()));
            service.delete(service.get(own.id()));
            assertThat(world.recommendationRows.rows).doesNotContainKey(own.id());
            assertThat(world.assessmentRows.rows).isEmpty();
        }

        @Test
        void aRecommendationThatOthersFollowIsKept() {
            Recommendation earlier = service.create(draft(mission2013, 1));
            Recommendation later = service.create(draft(mission2023, 1, earlier.id()));
            assertThatThrownBy(() -> service.delete(earlier)).isInstanceOf(ConflictException.class)
                    .hasMessage("Recommendation '" + earlier.id() + "' is followed by '" + later.id()
                            + "'; change their follows first.");
        }
    }

    @Nested
    class Chains {

        @Test
        void aChainHoldsWhatTheRecommendationFollowsAndWhatFollowsItOldestFirstWithAssessments() {
            // a (2013) <- b (2018) <- c (2023); a <- d (2018, another branch, not in b's chain)
            Mission mission2018 = world.mission("KH", LocalDate.of(2018, 7, 1));
            Recommendation a = service.create(draft(mission2013, 1));
            Recommendation b = service.create(draft(mission2018, 1, a.id()));
            Recommendation d = service.create(draft(mission2018, 2, a.id()));
            Recommendation c = service.create(draft(mission2023, 1, b.id()));
            Assessment assessed = world.assessments().create(a.id(), RecommendationFixture.assessment(
                    LocalDate.of(2023, 7, 23), ImplementationStatus.FULLY_IMPLEMENTED, mission2023.id(), null));

            RecommendationChain chain = service.chain(b.id());
            assertThat(chain.recommendationId()).isEqualTo(b.id());
            assertThat(chain.links()).extracting(l -> l.recommendation().id()).containsExactly(a.id(), b.id(), c.id());
            assertThat(chain.links()).extracting(ChainLink::missionDate).containsExactly(
                    LocalDate.of(2013, 7, 28), LocalDate.of(2018, 7, 1), LocalDate.of(2023, 7, 13));
            assertThat(chain.links().get(0).assessments()).containsExactly(assessed);
            assertThat(chain.links().get(0).recommendation().status()).isEqualTo(ImplementationStatus.FULLY_IMPLEMENTED);
            assertThat(chain.links().get(1).assessments()).isEmpty();

            assertThat(service.chain(a.id()).links()).extracting(l -> l.recommendation().id())
                    .containsExactlyInAnyOrder(a.id(), b.id(), c.id(), d.id())
                    .startsWith(a.id()).endsWith(c.id());
        }

        @Test
        void aRecommendationWithoutLinksIsAChainOfOne() {
            Recommendation alone = service.create(draft(mission2023, 1));
            assertThat(service.chain(alone.id()).links()).extracting(l -> l.recommendation().id())
                    .containsExactly(alone.id());
        }

        @Test
        void theChainOfAnUnknownRecommendationIsNotFound() {
            UUID unknown = UUID.randomUUID();
            assertThatThrownBy(() -> service.chain(unknown)).isInstanceOf(NotFoundException.class)
                    .hasMessage("There is no recommendation '" + unknown + "'.");
        }
    }
}
