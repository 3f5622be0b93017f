package org.observa.persistence.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.observa.domain.recommendation.DatedRecommendation;
import org.observa.domain.recommendation.GroupCount;
import org.observa.domain.recommendation.Recommendation;
import org.observa.domain.recommendation.RecommendationQuery;
import org.observa.domain.recommendation.RecommendationRepository;
import org.observa.domain.recommendation.StatsGrouping;
import org.observa.domain.shared.ConflictException;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;
import org.observa.persistence.shared.AnyOf;
import org.observa.persistence.shared.Filters;
import org.observa.persistence.shared.Flushes;
import org.observa.persistence.shared.Streams;

@ApplicationScoped
public class PanacheRecommendationRepository implements RecommendationRepository,
        PanacheRepositoryBase<RecommendationEntity, UUID> {

    // Joined with the missions so that the order follows their dates, which may change after the fact.
    private static final String FROM = "RecommendationEntity r join MissionEntity m on m.id = r.missionId";
    private static final String ORDER = "m.sortDate, m.id, r.number";

    /** What the recommendation follows (walking up) and what follows it (walking down), each link once. */
    private static final String CHAIN = """
            with recursive earlier (id, follows) as (
                select id, follows from recommendation where id = :id
                union
                select r.id, r.follows from recommendation r join earlier e on r.id = e.follows
            ), later (id) as (
                select id from recommendation where id = :id
                union
                select r.id from recommendation r join later l on r.follows = l.id
            )
            select r.id, m.sort_date as mission_date
            from recommendation r join mission m on m.id = r.mission_id
            where r.id in (select id from earlier union select id from later)
            order by m.sort_date, m.id, r.number
            """;

    private static final String FOLLOWS_TRANSITIVELY = """
            with recursive up (id, follows) as (
                select id, follows from recommendation where id = :later
                union
                select r.id, r.follows from recommendation r join up u on r.id = u.follows
            )
            select exists (select 1 from up where follows = :earlier)
            """;

    // Advisory locks of two keys live apart from the one-key locks used elsewhere (the demo data loader's).
    private static final int FOLLOWS_LOCK_SPACE = 0x5EC0;

    @Override
    public Optional<Recommendation> byId(UUID id) {
        return findByIdOptional(id).map(RecommendationEntity::toDomain);
    }

    @Override
    public Optional<Recommendation> byIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(RecommendationEntity::toDomain);
    }

    @Override
    public Optional<Recommendation> byMissionAndNumber(UUID missionId, int number) {
        return find("missionId = ?1 and number = ?2", missionId, number).firstResultOptional()
                .map(RecommendationEntity::toDomain);
    }

    @Override
    public Page<Recommendation> search(RecommendationQuery query, PageRequest page) {
        Filters filters = filters(query);
        if (!page.isFirst()) {
            filters.where("m.sortDate > :afterDate or (m.sortDate = :afterDate and (m.id > :afterMission"
                    + " or (m.id = :afterMission and r.number > :afterNumber)))", Map.of(
                    "afterDate", page.afterDate(0), "afterMission", page.afterUuid(1),
                    "afterNumber", (int) page.afterLong(2)));
        }
        TypedQuery<Object[]> select = getEntityManager()
                .createQuery("select r, m.sortDate " + filters.query(FROM, ORDER), Object[].class);
        filters.parameters().forEach(select::setParameter);
        List<Object[]> rows = select.setMaxResults(page.size() + 1).getResultList();
        return Page.of(rows, page.size(), row -> List.of(row[1].toString(), ((RecommendationEntity) row[0]).missionId.toString(),
                        Integer.toString(((RecommendationEntity) row[0]).number)))
                .map(row -> ((RecommendationEntity) row[0]).toDomain());
    }

    @Override
    public void forEach(RecommendationQuery query, Consumer<Recommendation> sink) {
        Filters filters = filters(query);
        Streams.forEach(find("select r " + filters.query(FROM, ORDER), filters.parameters()), getEntityManager(),
                entity -> sink.accept(entity.toDomain()));
    }

    private static Filters filters(RecommendationQuery query) {
        Filters filters = new Filters()
                .equal("r.missionId", query.missionId())
                .equal("r.countryId", query.countryId())
                .equal("m.electionId", query.electionId())
                .equal("r.phase", query.phase())
                .equal("r.status", query.status())
                .contains("r.searchText", query.q())
                .atLeast("r.updatedAt", query.updatedSince());
        if (query.addressee() != null) {
            filters.where("array_contains(r.addresseeKinds, :addressee)", Map.of("addressee", query.addressee().name()));
        }
        return filters;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DatedRecommendation> chainOf(UUID id) {
        List<Object[]> members = getEntityManager().createNativeQuery(CHAIN, Object[].class).unwrap(NativeQuery.class)
                .addScalar("id", UUID.class).addScalar("mission_date", LocalDate.class)
                .setParameter("id", id).getResultList();
        if (members.isEmpty()) {
            return List.of();
        }
        Map<UUID, Recommendation> byId = AnyOf.rows(getEntityManager(), "select * from recommendation where id = any(:ids)", RecommendationEntity.class,
                members.stream().map(m -> (UUID) m[0]).toList()).stream()
                .map(RecommendationEntity::toDomain).collect(Collectors.toMap(Recommendation::id, Function.identity()));
        // A member deleted between the two queries is left out rather than handed on as nothing.
        return members.stream().filter(m -> byId.containsKey((UUID) m[0]))
                .map(m -> new DatedRecommendation(byId.get((UUID) m[0]), (LocalDate) m[1])).toList();
    }

    @Override
    public boolean followsTransitively(UUID later, UUID earlier) {
        return (Boolean) getEntityManager().createNativeQuery(FOLLOWS_TRANSITIVELY, Boolean.class)
                .setParameter("later", later).setParameter("earlier", earlier).getSingleResult();
    }

    @Override
    public List<UUID> followersOf(UUID id) {
        return find("follows = ?1 order by id", id).stream().map(r -> r.id).toList();
    }

    @Override
    public void lockFollowsOf(String countryId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:space, hashtext(:country))")
                .setParameter("space", FOLLOWS_LOCK_SPACE).setParameter("country", countryId).getSingleResult();
    }

    @Override
    public long countInCountry(String countryId) {
        return count("countryId", countryId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<GroupCount> countByGroup(String countryId, StatsGrouping grouping) {
        String sql = switch (grouping) {
            case STATUS -> "select status, count(*) from recommendation where country_id = :country group by status";
            case PHASE -> "select phase, count(*) from recommendation where country_id = :country group by phase";
            // addressee_kinds holds each kind once, so a recommendation counts once per kind
            case ADDRESSEE -> "select kind, count(*) from recommendation, unnest(addressee_kinds) kind"
                    + " where country_id = :country group by kind";
            case MISSION -> "select cast(m.id as text), count(r.id) from mission m"
                    + " left join recommendation r on r.mission_id = m.id where m.country_id = :country"
                    + " group by m.id, m.sort_date order by m.sort_date, m.id";
        };
        List<Object[]> rows = getEntityManager().createNativeQuery(sql, Object[].class)
                .setParameter("country", countryId).getResultList();
        return rows.stream().map(row -> new GroupCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    @Override
    public void insert(Recommendation recommendation) {
        persist(RecommendationEntity.from(recommendation));
        Flushes.flush(getEntityManager(), () -> new ConflictException("Recommendation '" + recommendation.id()
                + "' could not be stored: its id is taken, or mission '" + recommendation.missionId()
                + "' already has a recommendation number " + recommendation.number() + "."));
    }

    @Override
    public void save(Recommendation recommendation) {
        findById(recommendation.id()).copyChangeableFields(recommendation);
        Flushes.flush(getEntityManager(), () -> new ConflictException("Recommendation '" + recommendation.id()
                + "' could not be saved: mission '" + recommendation.missionId()
                + "' already has a recommendation number " + recommendation.number() + "."));
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        Flushes.removal(getEntityManager(), "Recommendation '" + id + "'");
    }
}
