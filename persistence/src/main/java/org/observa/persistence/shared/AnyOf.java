package org.observa.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Entities whose key is any of several values, asked with one array parameter ({@code where id = any(:ids)}).
 * Hibernate plans a query with a list parameter ({@code where id in :ids}) anew at every call, which was a fifth
 * of the CPU a recommendation chain cost; a query with an array parameter is planned once, and PostgreSQL
 * still answers {@code = any} from the index.
 */
public final class AnyOf {

    private AnyOf() {
    }

    /** Runs {@code sql}, a native query over {@code entity}'s table naming the values as {@code :ids}. */
    public static <T> List<T> rows(EntityManager entityManager, String sql, Class<T> entity, Collection<?> values) {
        return rows(entityManager, sql, entity, values, Map.of());
    }

    /**
     * As {@link #rows(EntityManager, String, Class, Collection)}, with the query's other named parameters; {@code
     * result} is an entity, or {@code Object[]} for scalar columns.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> rows(EntityManager entityManager, String sql, Class<T> result, Collection<?> values,
                                   Map<String, ?> parameters) {
        if (values.isEmpty()) {
            return List.of();
        }
        Object[] ids = values.toArray(size -> (Object[]) Array.newInstance(values.iterator().next().getClass(), size));
        Query query = entityManager.createNativeQuery(sql, result).setParameter("ids", ids);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
