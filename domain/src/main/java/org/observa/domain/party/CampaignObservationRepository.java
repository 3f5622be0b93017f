package org.observa.domain.party;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.observa.domain.shared.Page;
import org.observa.domain.shared.PageRequest;

/** Port: where the campaign observations of missions are kept. */
public interface CampaignObservationRepository {

    Optional<CampaignObservation> byId(UUID id);

    /** Reads an observation and holds it against concurrent changes until the transaction ends. */
    Optional<CampaignObservation> byIdForUpdate(UUID id);

    /** Observations matching the query, by the day observed, then in the order they were recorded. */
    Page<CampaignObservation> search(CampaignObservationQuery query, PageRequest page);

    /** Every observation matching the query, in list order, handed over one at a time (never all in memory). */
    void forEach(CampaignObservationQuery query, Consumer<CampaignObservation> sink);

    boolean existsOfParty(UUID partyId);

    void insert(CampaignObservation observation);

    void save(CampaignObservation observation);

    void remove(UUID id);
}
