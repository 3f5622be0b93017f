package org.observa.domain.tabulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.observa.domain.shared.Violations;

/**
 * The figures of one station's count, as a result sheet gives them: the voters registered there, the ballots
 * cast, the valid and invalid votes, and the votes of each participation (a party in the election). Only the
 * valid votes and the parties' votes are required: a sheet may give no more.
 */
public record ResultFigures(Long registeredVoters, Long ballotsCast, Long validVotes, Long invalidVotes,
                            List<PartyVotes> votes) {

    /** More than any polling station counts: a larger figure is a typing error, and sums of figures stay exact. */
    public static final long MAX_FIGURE = 1_000_000_000L;

    public ResultFigures {
        // a copy that keeps a client's nulls, so that the rules can name them
        votes = votes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(votes));
    }

    /** The same figures, whatever the order of the parties' votes. */
    public boolean sameAs(ResultFigures other) {
        return other != null && Objects.equals(registeredVoters, other.registeredVoters)
                && Objects.equals(ballotsCast, other.ballotsCast) && Objects.equals(validVotes, other.validVotes)
                && Objects.equals(invalidVotes, other.invalidVotes) && new HashSet<>(votes).equals(new HashSet<>(other.votes))
                && votes.size() == other.votes.size();
    }

    /** What does not add up, in the order of {@link ResultFlag}. */
    public List<ResultFlag> flags() {
        List<ResultFlag> flags = new ArrayList<>();
        long votesTotal = votes.stream().filter(Objects::nonNull).map(PartyVotes::votes).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum();
        if (validVotes != null && votesTotal != validVotes) {
            flags.add(ResultFlag.VOTES_DO_NOT_ADD_UP);
        }
        if (ballotsCast != null && validVotes != null && invalidVotes != null && validVotes + invalidVotes != ballotsCast) {
            flags.add(ResultFlag.BALLOTS_DO_NOT_ADD_UP);
        }
        Long ballots = ballots();
        if (registeredVoters != null && ballots != null && ballots > registeredVoters) {
            flags.add(ResultFlag.MORE_BALLOTS_THAN_REGISTERED);
        }
        return flags;
    }

    /** The ballots cast as given, else the valid and invalid votes together, else the valid votes. */
    public Long ballots() {
        if (ballotsCast != null) {
            return ballotsCast;
        }
        return validVotes != null && invalidVotes != null ? (Long) (validVotes + invalidVotes) : validVotes;
    }

    /** The votes of a participation, 0 when the sheet does not list it. */
    public long votesOf(UUID participationId) {
        return votes.stream().filter(v -> v.participationId().equals(participationId)).mapToLong(PartyVotes::votes)
                .findFirst().orElse(0);
    }

    /** Non-negative figures, the valid votes, and each participation of the election at most once. */
    void check(java.util.Collection<UUID> participations, String electionId, Violations violations) {
        notNegative("registeredVoters", registeredVoters, violations);
        notNegative("ballotsCast", ballotsCast, violations);
        notNegative("invalidVotes", invalidVotes, violations);
        violations.notNull("validVotes", validVotes);
        notNegative("validVotes", validVotes, violations);
        violations.require(!votes.isEmpty(), "votes", "must give the votes of at least one party");
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            String field = "votes[" + i + "]";
            PartyVotes party = votes.get(i);
            if (party == null) {
                violations.add(field, "must not be null");
                continue;
            }
            if (party.participationId() == null || !participations.contains(party.participationId())) {
                violations.add(field + ".participationId", "is not a participation of election '" + electionId
                        + "' (see GET /v1/elections/" + electionId + "/participations)");
            } else if (!seen.add(party.participationId())) {
                violations.add(field + ".participationId", "appears twice");
            }
            violations.notNull(field + ".votes", party.votes());
            notNegative(field + ".votes", party.votes(), violations);
        }
    }

    /**
     * Each figure on which this sheet and {@code other} disagree, where both give it: the totals by name, then the
     * votes of each participation either lists (one that a sheet does not list has 0).
     */
    public List<FigureDifference> differencesFrom(ResultFigures other) {
        List<FigureDifference> differences = new ArrayList<>();
        differ("registeredVoters", null, registeredVoters, other.registeredVoters, differences);
        differ("ballotsCast", null, ballotsCast, other.ballotsCast, differences);
        differ("validVotes", null, validVotes, other.validVotes, differences);
        differ("invalidVotes", null, invalidVotes, other.invalidVotes, differences);
        java.util.TreeSet<UUID> parties = new java.util.TreeSet<>();
        votes.forEach(v -> parties.add(v.participationId()));
        other.votes.forEach(v -> parties.add(v.participationId()));
        parties.forEach(id -> differ("votes", id, votesOf(id), other.votesOf(id), differences));
        return differences;
    }

    private static void differ(String figure, UUID participation, Long mine, Long theirs, List<FigureDifference> out) {
        if (mine != null && theirs != null && !mine.equals(theirs)) {
            out.add(new FigureDifference(figure, participation, mine, theirs));
        }
    }

    private static void notNegative(String field, Long value, Violations violations) {
        violations.require(value == null || value >= 0 && value <= MAX_FIGURE, field,
                "must be from 0 to " + MAX_FIGURE + " (a station's figure)");
    }
}
