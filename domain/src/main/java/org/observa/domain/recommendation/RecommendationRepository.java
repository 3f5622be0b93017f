package org.observa.domain.recommendation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where recommendations are kept. */
public interface RecommendationRepository {

    Optional<Recommendation> byId(UUID id);

    /**
     * Reads a recommendation and holds it against concurrent changes until the transaction ends. Writes to
     * its assessments take this lock too, so the current status is derived from one consistent set.
     */
    Optional<Recommendation> byIdForUpdate(UUID id);

    Optional<Recommendation> byMissionAndNumber(UUID missionId, int number);

    /** Recommendations matching the query, by their mission's date, then mission, then number. */
    Page<Recommendation> search(RecommendationQuery query, PageRequest page);

    /** Every recommendation matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(RecommendationQuery query, Consumer<Recommendation> sink);

    /**
     * The recommendation, everything it follows and everything that follows it, each transitively, with
     * their missions' dates, oldest first (by mission date, then mission, then number); empty when the
     * recommendation does not exist. One query, however long the chain.
     */
    List<DatedRecommendation> chainOf(UUID id);

    /** Whether {@code later} follows {@code earlier}, directly or through other recommendations. */
    boolean followsTransitively(UUID later, UUID earlier);

    /** The recommendations that name this one in {@code follows}. */
    List<UUID> followersOf(UUID id);

    /**
     * Holds the links between the recommendations of a country until the transaction ends, so that two
     * concurrent changes of {@code follows}, each fine alone, cannot together close a cycle.
     */
    void lockFollowsOf(String countryId);

    /** How many recommendations of missions to the country there are. */
    long countInCountry(String countryId);

    /**
     * The number of recommendations of the country in each group. For {@link StatsGrouping#MISSION} every
     * mission to the country is a group, in date order, also those without recommendations; for the other
     * groupings only groups with recommendations appear, in no particular order. A recommendation with
     * several addressees of one kind counts once for that kind.
     */
    List<GroupCount> countByGroup(String countryId, StatsGrouping grouping);

    void insert(Recommendation recommendation);

    void save(Recommendation recommendation);

    void remove(UUID id);
}
