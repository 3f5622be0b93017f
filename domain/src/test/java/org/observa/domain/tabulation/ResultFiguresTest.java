package org.observa.domain.tabulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observa.domain.shared.FieldError;
import org.observa.domain.shared.ValidationException;
import org.observa.domain.shared.Violations;

class ResultFiguresTest {

    private static final UUID CPP = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    private static final UUID FUNCINPEC = UUID.fromString("00000000-0000-4000-8000-0000000000c2");

    @Test
    void aSheetThatAddsUpHasNoFlags() {
        ResultFigures sheet = new ResultFigures(600L, 500L, 480L, 20L,
                List.of(new PartyVotes(CPP, 400L), new PartyVotes(FUNCINPEC, 80L)));
        assertThat(sheet.flags()).isEmpty();
    }

    @Test
    void eachWayASheetFailsToAddUpIsFlagged() {
        ResultFigures sheet = new ResultFigures(400L, 500L, 480L, 10L,
                List.of(new PartyVotes(CPP, 400L), new PartyVotes(FUNCINPEC, 70L)));
        assertThat(sheet.flags()).containsExactly(ResultFlag.VOTES_DO_NOT_ADD_UP, ResultFlag.BALLOTS_DO_NOT_ADD_UP,
                ResultFlag.MORE_BALLOTS_THAN_REGISTERED);
    }

    @Test
    void everyBadFigureIsNamed() {
        ResultFigures sheet = new ResultFigures(-1L, null, null, null,
                java.util.Arrays.asList(new PartyVotes(CPP, -5L), new PartyVotes(CPP, 1L), new PartyVotes(UUID.randomUUID(), 1L), null));
        Violations violations = new Violations();
        sheet.check(Set.of(CPP, FUNCINPEC), "kh-na-2023-07-23", violations);
        org.assertj.core.api.Assertions.assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("registeredVoters", "validVotes", "votes[0].votes",
                                "votes[1].participationId", "votes[2].participationId", "votes[3]"));
    }

    @Test
    void noFigureIsLargerThanAStationCounts() {
        ResultFigures sheet = new ResultFigures(null, null, ResultFigures.MAX_FIGURE + 1, null,
                List.of(new PartyVotes(CPP, ResultFigures.MAX_FIGURE + 1)));
        Violations violations = new Violations();
        sheet.check(Set.of(CPP), "kh-na-2023-07-23", violations);
        org.assertj.core.api.Assertions.assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("validVotes", "votes[0].votes"));
    }

    @Test
    void twoSheetsDifferInTheFiguresBothGive() {
        ResultFigures observed = new ResultFigures(null, 500L, 480L, 20L, List.of(new PartyVotes(CPP, 400L), new PartyVotes(FUNCINPEC, 80L)));
        ResultFigures official = new ResultFigures(600L, 500L, 470L, 30L, List.of(new PartyVotes(CPP, 390L), new PartyVotes(FUNCINPEC, 80L)));
        assertThat(observed.differencesFrom(official)).containsExactly(
                new FigureDifference("validVotes", null, 480, 470),
                new FigureDifference("invalidVotes", null, 20, 30),
                new FigureDifference("votes", CPP, 400, 390));
        assertThat(observed.differencesFrom(observed)).isEmpty();
    }
}
