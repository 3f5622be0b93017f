package org.observa.domain.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.observa.domain.mission.InMemoryMissions;
import org.observa.domain.mission.Mission;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the recommendation store, for testing the domain's rules in isolation. */
class InMemoryRecommendations implements RecommendationRepository {

    final Map<UUID, Recommendation> rows = new LinkedHashMap<>();
    final List<String> lockedCountries = new ArrayList<>();
    private final InMemoryMissions missions;

    InMemoryRecommendations(InMemoryMissions missions) {
        this.missions = missions;
    }

    @Override
    public Optional<Recommendation> byId(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Recommendation> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<Recommendation> byMissionAndNumber(UUID missionId, int number) {
        return rows.values().stream().filter(r -> r.missionId().equals(missionId) && r.number() == number).findFirst();
    }

    @Override
    public Page<Recommendation> search(RecommendationQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void forEach(RecommendationQuery query, Consumer<Recommendation> sink) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public List<DatedRecommendation> chainOf(UUID id) {
        if (!rows.containsKey(id)) {
            return List.of();
        }
        Set<UUID> members = new HashSet<>();
        UUID at = id;
        while (at != null && members.add(at)) {
            at = rows.get(at).follows();
        }
        List<UUID> frontier = new ArrayList<>(List.of(id));
        while (!frontier.isEmpty()) {
            for (UUID follower : followersOf(frontier.remove(0))) {
                if (members.add(follower)) {
                    frontier.add(follower);
                }
            }
        }
        return members.stream().map(rows::get).map(r -> new DatedRecommendation(r, missionOf(r).sortDate()))
                .sorted(Comparator.comparing(DatedRecommendation::missionDate)
                        .thenComparing(d -> d.recommendation().missionId())
                        .thenComparing(d -> d.recommendation().number()))
                .toList();
    }

    @Override
    public boolean followsTransitively(UUID later, UUID earlier) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = rows.get(later).follows(); at != null && seen.add(at); at = rows.get(at).follows()) {
            if (at.equals(earlier)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<UUID> followersOf(UUID id) {
        return rows.values().stream().filter(r -> id.equals(r.follows())).map(Recommendation::id).toList();
    }

    @Override
    public void lockFollowsOf(String countryId) {
        lockedCountries.add(countryId);
    }

    @Override
    public long countInCountry(String countryId) {
        return inCountry(countryId).size();
    }

    @Override
    public List<GroupCount> countByGroup(String countryId, StatsGrouping grouping) {
        List<Recommendation> recommendations = inCountry(countryId);
        if (grouping == StatsGrouping.MISSION) {
            return missions.rows.values().stream().filter(m -> m.countryId().equals(countryId))
                    .sorted(Comparator.comparing(Mission::sortDate).thenComparing(Mission::id))
                    .map(m -> new GroupCount(m.id().toString(),
                            recommendations.stream().filter(r -> r.missionId().equals(m.id())).count()))
                    .toList();
        }
        Map<String, Long> counts = new HashMap<>();
        for (Recommendation r : recommendations) {
            Set<String> keys = switch (grouping) {
                case STATUS -> Set.of(r.status().name());
                case PHASE -> Set.of(r.phase().name());
                default -> r.addressees().stream().map(a -> a.kind().name()).collect(Collectors.toSet());
            };
            keys.forEach(key -> counts.merge(key, 1L, Long::sum));
        }
        return counts.entrySet().stream().map(e -> new GroupCount(e.getKey(), e.getValue())).toList();
    }

    @Override
    public void insert(Recommendation recommendation) {
        rows.put(recommendation.id(), recommendation);
    }

    @Override
    public void save(Recommendation recommendation) {
        rows.put(recommendation.id(), recommendation);
    }

    @Override
    public void remove(UUID id) {
        rows.remove(id);
    }

    private List<Recommendation> inCountry(String countryId) {
        return rows.values().stream().filter(r -> r.countryId().equals(countryId)).toList();
    }

    private Mission missionOf(Recommendation recommendation) {
        return missions.byId(recommendation.missionId()).orElseThrow();
    }
}
