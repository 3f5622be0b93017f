package org.observa.domain.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** A plain-Java stand-in for the division store, for testing the domain's rules in isolation. */
public class InMemoryDivisions implements DivisionRepository {

    final TreeMap<String, Division> rows = new TreeMap<>();

    @Override
    public Optional<Division> byId(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Division> byIdForUpdate(String id) {
        return byId(id);
    }

    @Override
    public Page<Division> search(DivisionQuery query, PageRequest page) {
        List<Division> matching = rows.values().stream()
                .filter(d -> query.parentId() == null || query.parentId().equals(d.parentId()))
                .filter(d -> page.isFirst() || d.id().compareTo(page.afterText(0)) > 0)
                .sorted(Comparator.comparing(Division::id))
                .limit(page.size() + 1L).toList();
        return Page.of(matching, page.size(), d -> List.of(d.id()));
    }

    @Override
    public boolean hasChildren(String id) {
        return rows.values().stream().anyMatch(d -> id.equals(d.parentId()));
    }

    @Override
    public void insert(Division division) {
        rows.put(division.id(), division);
    }

    @Override
    public void save(Division division) {
        rows.put(division.id(), division);
    }

    @Override
    public void remove(String id) {
        rows.remove(id);
    }
}
