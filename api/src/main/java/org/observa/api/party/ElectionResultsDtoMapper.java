package org.observa.api.party;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.observa.api.generated.model.AreaTotalsDto;
import org.observa.api.generated.model.DivisionResultsDto;
import org.observa.api.generated.model.ElectionResultsDto;
import org.observa.api.generated.model.ElectionResultsUploadDto;
import org.observa.api.generated.model.PartyResultDto;
import org.observa.api.generated.model.ResultRowUploadDto;
import org.observa.api.generated.model.ResultTotalUploadDto;
import org.observa.api.generated.model.ResultsGroupingDto;
import org.observa.api.generated.model.ResultsStatusDto;
import org.observa.api.generated.model.ShareBasisDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.party.AreaResults;
import org.observa.domain.party.ElectionResults;
import org.observa.domain.party.ElectionResultsDraft;
import org.observa.domain.party.ElectionResultsView;
import org.observa.domain.party.Party;
import org.observa.domain.party.PartyTally;
import org.observa.domain.party.ResultRowDraft;
import org.observa.domain.party.ResultTotal;
import org.observa.domain.party.ResultsGrouping;
import org.observa.domain.reference.ResultsStatus;

final class ElectionResultsDtoMapper {

    private ElectionResultsDtoMapper() {
    }

    /** The results as read: the parties' national figures, or each division's; the other list is left out. */
    static ElectionResultsDto toDto(ElectionResultsView view) {
        ElectionResults table = view.results();
        boolean byParty = view.grouping() == ResultsGrouping.PARTY;
        return new ElectionResultsDto()
                .electionId(table.electionId())
                .groupBy(toEnum(view.grouping(), ResultsGroupingDto.class))
                .status(toEnum(table.status(), ResultsStatusDto.class))
                .announcedOn(table.announcedOn())
                .sources(SharedDtoMapper.toSourceDtos(table.sources()))
                .notes(table.notes())
                .electionSeats(view.election().seats())
                .national(toDto(view.national()))
                .parties(byParty ? toDtos(view.national().parties(), view.parties()) : null)
                .divisions(byParty ? null : view.divisions().stream().map(area -> new DivisionResultsDto()
                        .divisionId(area.divisionId())
                        .name(SharedDtoMapper.toDto(view.divisionsById().get(area.divisionId()).name()))
                        .totals(toDto(area))
                        .parties(toDtos(area.parties(), view.parties()))).toList())
                .createdAt(SharedDtoMapper.toDto(table.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(table.updatedAt()));
    }

    static ElectionResultsDraft toDraft(ElectionResultsUploadDto dto) {
        List<ResultRowDraft> rows = dto.getRows() == null ? null
                : dto.getRows().stream().map(ElectionResultsDtoMapper::toDraft).toList();
        List<ResultTotal> totals = dto.getTotals() == null ? null
                : dto.getTotals().stream().map(ElectionResultsDtoMapper::toDraft).toList();
        return new ElectionResultsDraft(toEnum(dto.getStatus(), ResultsStatus.class), dto.getAnnouncedOn(),
                SharedDtoMapper.toSources(dto.getSources()), dto.getNotes(), rows, totals);
    }

    private static ResultRowDraft toDraft(ResultRowUploadDto row) {
        return new ResultRowDraft(row.getParticipationId(), row.getPartyId(), row.getDivisionId(), row.getVotes(),
                row.getSeats());
    }

    private static ResultTotal toDraft(ResultTotalUploadDto total) {
        return new ResultTotal(total.getDivisionId(), total.getValidVotes(), total.getInvalidVotes(),
                total.getRegisteredVoters());
    }

    private static AreaTotalsDto toDto(AreaResults area) {
        return new AreaTotalsDto()
                .validVotes(area.validVotes())
                .shareBasis(toEnum(area.shareBasis(), ShareBasisDto.class))
                .invalidVotes(area.invalidVotes())
                .registeredVoters(area.registeredVoters())
                .votesOfRows(area.votesOfRows())
                .seats(area.seats());
    }

    private static List<PartyResultDto> toDtos(List<PartyTally> tallies, Map<UUID, Party> parties) {
        return tallies.stream().map(tally -> {
            Party party = parties.get(tally.partyId());
            return new PartyResultDto()
                    .participationId(tally.participationId())
                    .partyId(tally.partyId())
                    .name(SharedDtoMapper.toDto(party.name()))
                    .abbreviation(party.abbreviation())
                    .colour(party.colour())
                    .votes(tally.votes())
                    .voteShare(tally.voteShare())
                    .seats(tally.seats());
        }).toList();
    }
}
