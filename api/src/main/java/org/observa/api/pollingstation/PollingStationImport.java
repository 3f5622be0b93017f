package org.observa.api.pollingstation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.observa.api.bulk.ImportOutcome;
import org.observa.api.bulk.ImportRows;
import org.observa.api.bulk.ImportType;
import org.observa.api.generated.model.PollingStationCreateDto;
import org.observa.api.http.auth.WriteAccess;
import org.observa.api.http.input.CleanText;
import org.observa.domain.pollingstation.PollingCentre;
import org.observa.domain.pollingstation.PollingCentreService;
import org.observa.domain.pollingstation.PollingStation;
import org.observa.domain.pollingstation.PollingStationDraft;
import org.observa.domain.pollingstation.PollingStationService;
import org.observa.domain.shared.ValidationException;

/**
 * Polling stations in a bulk import: matched by their id, or else by their natural key — the official
 * number in the row's election (given as {@code electionId}, which the centre must belong to, or else the
 * centre's). Reference data, so written by administrators.
 */
@ApplicationScoped
public class PollingStationImport implements ImportType {

    private final PollingStationService stations;
    private final PollingCentreService centres;
    private final ImportRows rows;
    private final WriteAccess access;

    public PollingStationImport(PollingStationService stations, PollingCentreService centres, ImportRows rows,
                                WriteAccess access) {
        this.stations = stations;
        this.centres = centres;
        this.rows = rows;
        this.access = access;
    }

    static final String KEY = "pollingStations";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 22;
    }

    /** The numbers of the rows matched by number, looked up in one go per election (a national list has 25,000). */
    @Override
    public void prepare(JsonNode rows) {
        Map<String, Set<String>> numbersByElection = new HashMap<>();
        for (JsonNode row : rows) {
            // What the database could not even compare (a NUL, say) is left to the row's own checks, which name it.
            if (!row.hasNonNull("id") && storable(row.path("electionId")) && storable(row.path("number"))) {
                numbersByElection.computeIfAbsent(row.get("electionId").asText(), e -> new HashSet<>())
                        .add(row.get("number").asText());
            }
        }
        numbersByElection.forEach(stations::preloadNumbers);
    }

    private static boolean storable(JsonNode value) {
        return value.isTextual() && CleanText.problem(value.asText()) == null;
    }

    @Override
    public ImportOutcome apply(ObjectNode row) {
        access.requireAdmin(PollingStationsResource.CENTRES_AND_STATIONS);
        Optional<UUID> id = rows.optionalId(row);
        PollingStationCreateDto body = rows.body(row, PollingStationCreateDto.class, "id", "electionId");
        Optional<String> centreElection = Optional.ofNullable(body.getCentreId()).flatMap(centres::find)
                .map(PollingCentre::electionId);
        String election = row.hasNonNull("electionId") ? row.get("electionId").asText() : centreElection.orElse(null);
        centreElection.filter(other -> !other.equals(election)).ifPresent(other -> {
            throw ValidationException.of("centreId", "is a centre of election '" + other + "', not of '" + election + "'");
        });
        Optional<PollingStation> existing = id.isPresent()
                ? rows.existing(() -> stations.getForUpdate(id.get()))
                : Optional.ofNullable(election).filter(e -> body.getNumber() != null)
                        .flatMap(e -> stations.findByNumberForUpdate(e, body.getNumber()));
        return existing
                .map(current -> ImportOutcome.ofUpdate(current, stations.update(current, PollingStationDtoMapper.toDraft(
                        rows.merged(PollingStationDtoMapper.toWritable(current), row, PollingStationCreateDto.class,
                                "id", "electionId")))))
                .orElseGet(() -> {
                    PollingStationDraft draft = PollingStationDtoMapper.toDraft(body);
                    if (id.isPresent()) {
                        stations.create(id.get(), draft);
                    } else {
                        stations.create(draft);
                    }
                    return ImportOutcome.CREATED;
                });
    }
}
