package org.observa.domain.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.observa.domain.mission.ElectoralPhase;
import org.observa.domain.mission.Mission;
import org.observa.domain.mission.MissionRepository;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.NotFoundException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.domain.shared.Timestamps;
import org.observa.domain.shared.Violations;

/**
 * The rules of recommendations: a mission that exists, a number that is unique in it, addressees that say
 * whom they mean, and a {@code follows} link only to a recommendation of an earlier mission to the same
 * country, never closing a cycle. Also the views built on those links and counts: chains and statistics.
 */
public class RecommendationService {

    static final String RESOURCE = "recommendation";
    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_PAGE = 50;

    private final RecommendationRepository recommendations;
    private final AssessmentRepository assessments;
    private final MissionRepository missions;
    private final Clock clock;

    public RecommendationService(RecommendationRepository recommendations, AssessmentRepository assessments,
                                 MissionRepository missions, Clock clock) {
        this.recommendations = recommendations;
        this.assessments = assessments;
        this.missions = missions;
        this.clock = clock;
    }

    public Recommendation get(UUID id) {
        return recommendations.byId(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    /** Reads a recommendation to change it: nobody else can change it, or its assessments, until the transaction ends. */
    /** The recommendation of a mission with that number (its natural key), if there is one. */
    public java.util.Optional<Recommendation> find(UUID missionId, int number) {
        return recommendations.byMissionAndNumber(missionId, number);
    }

    public Recommendation getForUpdate(UUID id) {
        return recommendations.byIdForUpdate(id).orElseThrow(() -> new NotFoundException(RESOURCE, id.toString()));
    }

    public Page<Recommendation> list(RecommendationQuery query, PageRequest page) {
        return recommendations.search(query, page);
    }

    public void export(RecommendationQuery query, Consumer<Recommendation> sink) {
        recommendations.forEach(query, sink);
    }

    public Recommendation create(RecommendationDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a recommendation under an id chosen by the caller, such as the fixed id of a demo record. */
    public Recommendation create(UUID id, RecommendationDraft draft) {
        Violations violations = new Violations();
        Mission mission = missions.referenced(draft.missionId(), violations);
        checkFields(draft, violations);
        if (mission != null && draft.follows() != null) {
            checkFollows(id, mission, draft.follows(), violations);
        }
        violations.throwIfAny();
        if (recommendations.byId(id).isPresent()) {
            throw ConflictException.duplicate(RESOURCE, id.toString());
        }
        requireFreeNumber(draft.missionId(), draft.number(), id);
        Recommendation recommendation = Recommendation.create(id, mission.countryId(), draft, Timestamps.now(clock));
        recommendations.insert(recommendation);
        return recommendation;
    }

    /**
     * Replaces the changeable fields; a recommendation stays with the mission that made it. A new
     * {@code follows} is checked as on creation, and against cycles; an unchanged one is not checked again,
     * so a later change of mission dates never blocks an unrelated correction.
     */
    public Recommendation update(Recommendation current, RecommendationDraft draft) {
        Violations violations = new Violations();
        violations.require(Objects.equals(current.missionId(), draft.missionId()), "missionId",
                "cannot be changed; a recommendation belongs to the mission that made it");
        checkFields(draft, violations);
        boolean relinked = !Objects.equals(current.follows(), draft.follows());
        if (relinked && draft.follows() != null) {
            recommendations.lockFollowsOf(current.countryId());
            Mission mission = missions.byId(current.missionId()).orElseThrow(
                    () -> new NotFoundException("mission", current.missionId().toString()));
            checkFollows(current.id(), mission, draft.follows(), violations);
            if (!violations.has("follows") && recommendations.followsTransitively(draft.follows(), current.id())) {
                violations.add("follows", "would close a cycle: '" + draft.follows()
                        + "' already follows this recommendation, directly or through other recommendations");
            }
        }
        violations.throwIfAny();
        if (current.draft().equals(draft)) {
            return current;
        }
        requireFreeNumber(current.missionId(), draft.number(), current.id());
        Recommendation updated = current.updatedWith(draft, Timestamps.now(clock));
        recommendations.save(updated);
        return updated;
    }

    /**
     * Deletes a recommendation with its assessments. One that later recommendations follow is kept: their
     * history would lose a link.
     */
    public void delete(Recommendation recommendation) {
        List<UUID> followers = recommendations.followersOf(recommendation.id());
        if (!followers.isEmpty()) {
            throw new ConflictException("Recommendation '" + recommendation.id() + "' is followed by "
                    + followers.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "))
                    + "; change their follows first.");
        }
        assessments.removeAllOfRecommendation(recommendation.id());
        recommendations.remove(recommendation.id());
    }

    /** The chain of the recommendation across missions, oldest first, each with its assessments. */
    public RecommendationChain chain(UUID id) {
        List<DatedRecommendation> members = recommendations.chainOf(id);
        if (members.isEmpty()) {
            throw new NotFoundException(RESOURCE, id.toString());
        }
        Map<UUID, List<Assessment>> assessed = new LinkedHashMap<>();
        members.forEach(m -> assessed.put(m.recommendation().id(), new ArrayList<>()));
        for (Assessment assessment : assessments.ofRecommendations(assessed.keySet())) {
            assessed.get(assessment.recommendationId()).add(assessment);
        }
        return new RecommendationChain(id, members.stream().map(m -> new ChainLink(m.recommendation(), m.missionDate(),
                assessed.get(m.recommendation().id()))).toList());
    }

    /**
     * The country's recommendations counted by status, phase, addressee kind or mission. Every status,
     * phase and kind is a group, in the order the contract lists them, with 0 where nothing falls in it,
     * so that charts keep their axes; by mission, every mission to the country, oldest first.
     */
    public RecommendationStats statistics(String countryId, StatsGrouping grouping) {
        long total = recommendations.countInCountry(countryId);
        List<GroupCount> counted = recommendations.countByGroup(countryId, grouping);
        List<GroupCount> groups = switch (grouping) {
            case STATUS -> everyValue(ImplementationStatus.values(), counted);
            case PHASE -> everyValue(ElectoralPhase.values(), counted);
            case ADDRESSEE -> everyValue(AddresseeKind.values(), counted);
            case MISSION -> counted;
        };
        return new RecommendationStats(countryId, grouping, total,
                groups.stream().map(g -> new StatsGroup(g.key(), g.count(), Share.percentOf(g.count(), total))).toList());
    }

    private static List<GroupCount> everyValue(Enum<?>[] values, List<GroupCount> counted) {
        Map<String, Long> byKey = counted.stream().collect(Collectors.toMap(GroupCount::key, GroupCount::count));
        return Arrays.stream(values).map(v -> new GroupCount(v.name(), byKey.getOrDefault(v.name(), 0L))).toList();
    }

    private void requireFreeNumber(UUID missionId, int number, UUID id) {
        recommendations.byMissionAndNumber(missionId, number).filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new ConflictException("Mission '" + missionId + "' already has a recommendation number "
                            + number + ": '" + other.id() + "'.");
                });
    }

    private static void checkFields(RecommendationDraft draft, Violations violations) {
        if (draft.number() == null) {
            violations.add("number", "must not be null");
        } else {
            violations.positive("number", draft.number());
        }
        violations.localizedText("title", draft.title())
                .localizedText("text", draft.text())
                .notNull("phase", draft.phase())
                .optionalText("notes", draft.notes(), MAX_TEXT);
        checkAddressees(draft.addressees(), violations);
        if (draft.source() != null) {
            violations.source("source", draft.source().source())
                    .optionalText("source.page", draft.source().page(), MAX_PAGE);
        }
    }

    private static void checkAddressees(List<Addressee> addressees, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < addressees.size(); i++) {
            String field = "addressees[" + i + "]";
            Addressee addressee = addressees.get(i);
            violations.notNull(field + ".kind", addressee.kind())
                    .optionalText(field + ".name", addressee.name(), MAX_NAME);
            if (addressee.kind() == AddresseeKind.OTHER && addressee.name() == null) {
                violations.add(field + ".name", "must be given for an addressee of kind OTHER: say whom it means");
            }
            String key = addressee.kind() + "/" + (addressee.name() == null ? "" : addressee.name().trim().toLowerCase(Locale.ROOT));
            if (addressee.kind() != null && !seen.add(key)) {
                violations.add(field, "appears twice");
            }
        }
    }

    /**
     * {@code follows} must name another recommendation, made by an earlier mission (by the missions' dates:
     * the start, or the election's polling day when the start is unknown) to the same country.
     */
    private void checkFollows(UUID id, Mission mission, UUID follows, Violations violations) {
        if (follows.equals(id)) {
            violations.add("follows", "cannot name the recommendation itself; name an earlier recommendation it follows up");
            return;
        }
        Recommendation earlier = recommendations.byId(follows).orElse(null);
        if (earlier == null) {
            violations.add("follows", "there is no recommendation '" + follows + "'");
            return;
        }
        if (!earlier.countryId().equals(mission.countryId())) {
            violations.add("follows", "is a recommendation of a mission to '" + earlier.countryId()
                    + "', not to this recommendation's country '" + mission.countryId()
                    + "'; a recommendation follows up one made in the same country");
            return;
        }
        Mission earlierMission = missions.byId(earlier.missionId()).orElseThrow(
                () -> new NotFoundException("mission", earlier.missionId().toString()));
        if (!earlierMission.sortDate().isBefore(mission.sortDate())) {
            violations.add("follows", "must be a recommendation of an earlier mission, but '" + follows
                    + "' is from a mission dated " + earlierMission.sortDate() + ", not before this recommendation's mission ("
                    + mission.sortDate() + ")");
        }
    }
}
