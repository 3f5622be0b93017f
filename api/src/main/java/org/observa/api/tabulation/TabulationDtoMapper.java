package org.observa.api.tabulation;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.DivisionLevelDto;
import org.observa.api.generated.model.DivisionStationResultsDto;
import org.observa.api.generated.model.FigureDifferenceDto;
import org.observa.api.generated.model.ObservedResultCreateDto;
import org.observa.api.generated.model.ObservedResultDto;
import org.observa.api.generated.model.PartyShareEstimateDto;
import org.observa.api.generated.model.PartyVotesDto;
import org.observa.api.generated.model.ResultFlagDto;
import org.observa.api.generated.model.SampleCreateDto;
import org.observa.api.generated.model.SampleDto;
import org.observa.api.generated.model.SampleEstimateDto;
import org.observa.api.generated.model.SampleMethodDto;
import org.observa.api.generated.model.SampleStationDto;
import org.observa.api.generated.model.ShareEstimateDto;
import org.observa.api.generated.model.StationComparisonDto;
import org.observa.api.generated.model.StationResultCreateDto;
import org.observa.api.generated.model.StationResultDto;
import org.observa.api.generated.model.StationResultTotalsDto;
import org.observa.api.generated.model.TableDifferenceDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.tabulation.DivisionResultTotals;
import org.observa.domain.tabulation.ObservedResult;
import org.observa.domain.tabulation.ObservedResultDraft;
import org.observa.domain.tabulation.PartyVotes;
import org.observa.domain.tabulation.ResultFigures;
import org.observa.domain.tabulation.ResultFlag;
import org.observa.domain.tabulation.ResultTotals;
import org.observa.domain.tabulation.Sample;
import org.observa.domain.tabulation.SampleDraft;
import org.observa.domain.tabulation.SampleEstimate;
import org.observa.domain.tabulation.SampleMethod;
import org.observa.domain.tabulation.ShareEstimate;
import org.observa.domain.tabulation.StationComparison;
import org.observa.domain.tabulation.StationResult;
import org.observa.domain.tabulation.StationResultDraft;

final class TabulationDtoMapper {

    /** The CSV columns of station results; documented in the contract, only ever appended to. */
    static final CsvColumns<StationResult> STATION_RESULTS_CSV = new CsvColumns<StationResult>()
            .add("stationId", StationResult::stationId)
            .add("electionId", StationResult::electionId)
            .add("divisionId", StationResult::divisionId)
            .addAll(figureColumns(StationResult::figures))
            .add("createdAt", StationResult::createdAt)
            .add("updatedAt", StationResult::updatedAt);

    /** The CSV columns of observed results; documented in the contract, only ever appended to. */
    static final CsvColumns<ObservedResult> OBSERVED_RESULTS_CSV = new CsvColumns<ObservedResult>()
            .add("id", ObservedResult::id)
            .add("missionId", ObservedResult::missionId)
            .add("visitId", ObservedResult::visitId)
            .add("stationId", ObservedResult::stationId)
            .add("electionId", ObservedResult::electionId)
            .add("divisionId", ObservedResult::divisionId)
            .addAll(figureColumns(ObservedResult::figures))
            .add("postedPublicly", ObservedResult::postedPublicly)
            .add("evidence", ObservedResult::evidence)
            .add("notes", ObservedResult::notes)
            .add("createdAt", ObservedResult::createdAt)
            .add("updatedAt", ObservedResult::updatedAt);

    private TabulationDtoMapper() {
    }

    /** The columns of a sheet's figures, the same in both exports. */
    private static <T> CsvColumns<T> figureColumns(Function<T, ResultFigures> figures) {
        return new CsvColumns<T>()
                .add("registeredVoters", r -> figures.apply(r).registeredVoters())
                .add("ballotsCast", r -> figures.apply(r).ballotsCast())
                .add("validVotes", r -> figures.apply(r).validVotes())
                .add("invalidVotes", r -> figures.apply(r).invalidVotes())
                .addJson("votes", r -> toDtos(figures.apply(r).votes()))
                .add("flags", r -> String.join(";", figures.apply(r).flags().stream().map(Enum::name).toList()));
    }

    static StationResultDto toDto(StationResult r) {
        ResultFigures f = r.figures();
        return new StationResultDto()
                .stationId(r.stationId())
                .electionId(r.electionId())
                .divisionId(r.divisionId())
                .registeredVoters(f.registeredVoters())
                .ballotsCast(f.ballotsCast())
                .validVotes(f.validVotes())
                .invalidVotes(f.invalidVotes())
                .votes(toDtos(f.votes()))
                .flags(flags(r.flags()))
                .createdAt(SharedDtoMapper.toDto(r.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(r.updatedAt()));
    }

    static StationResultCreateDto toWritable(StationResult r) {
        ResultFigures f = r.figures();
        return new StationResultCreateDto()
                .stationId(r.stationId())
                .registeredVoters(f.registeredVoters())
                .ballotsCast(f.ballotsCast())
                .validVotes(f.validVotes())
                .invalidVotes(f.invalidVotes())
                .votes(toDtos(f.votes()));
    }

    static StationResultDraft toDraft(StationResultCreateDto dto) {
        return new StationResultDraft(dto.getStationId(), new ResultFigures(dto.getRegisteredVoters(), dto.getBallotsCast(),
                dto.getValidVotes(), dto.getInvalidVotes(), toVotes(dto.getVotes())));
    }

    static ObservedResultDto toDto(ObservedResult r) {
        ResultFigures f = r.figures();
        return new ObservedResultDto()
                .id(r.id())
                .missionId(r.missionId())
                .visitId(r.visitId())
                .stationId(r.stationId())
                .electionId(r.electionId())
                .divisionId(r.divisionId())
                .registeredVoters(f.registeredVoters())
                .ballotsCast(f.ballotsCast())
                .validVotes(f.validVotes())
                .invalidVotes(f.invalidVotes())
                .votes(toDtos(f.votes()))
                .flags(flags(f.flags()))
                .postedPublicly(r.postedPublicly())
                .evidence(r.evidence())
                .notes(r.notes())
                .createdAt(SharedDtoMapper.toDto(r.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(r.updatedAt()));
    }

    static ObservedResultCreateDto toWritable(ObservedResult r) {
        ResultFigures f = r.figures();
        return new ObservedResultCreateDto()
                .visitId(r.visitId())
                .registeredVoters(f.registeredVoters())
                .ballotsCast(f.ballotsCast())
                .validVotes(f.validVotes())
                .invalidVotes(f.invalidVotes())
                .votes(toDtos(f.votes()))
                .postedPublicly(r.postedPublicly())
                .evidence(r.evidence())
                .notes(r.notes());
    }

    static ObservedResultDraft toDraft(ObservedResultCreateDto dto) {
        return new ObservedResultDraft(dto.getVisitId(), new ResultFigures(dto.getRegisteredVoters(),
                dto.getBallotsCast(), dto.getValidVotes(), dto.getInvalidVotes(), toVotes(dto.getVotes())),
                dto.getPostedPublicly(), dto.getEvidence(), dto.getNotes());
    }

    static StationComparisonDto toDto(StationComparison c) {
        return new StationComparisonDto()
                .stationId(c.stationId())
                .divisionId(c.divisionId())
                .observedResultId(c.observedResultId())
                .missionId(c.missionId())
                .differences(c.differences().stream().map(d -> new FigureDifferenceDto().figure(d.figure())
                        .participationId(d.participationId()).observed(d.observed()).official(d.official())
                        .difference(d.difference())).toList());
    }

    static StationResultTotalsDto toDto(ResultTotals totals) {
        return new StationResultTotalsDto()
                .electionId(totals.electionId())
                .level(toEnum(totals.level(), DivisionLevelDto.class))
                .divisions(totals.divisions().stream().map(TabulationDtoMapper::toDto).toList())
                .totals(toDto(totals.totals()));
    }

    private static DivisionStationResultsDto toDto(DivisionResultTotals d) {
        return new DivisionStationResultsDto()
                .divisionId(d.divisionId())
                .stations(d.sums().stations())
                .registeredVoters(d.sums().registeredVoters())
                .ballotsCast(d.sums().ballotsCast())
                .validVotes(d.sums().validVotes())
                .invalidVotes(d.sums().invalidVotes())
                .votes(d.sums().votes().entrySet().stream()
                        .map(e -> new PartyVotesDto().participationId(e.getKey()).votes(e.getValue())).toList())
                .inResultsTable(d.inResultsTable())
                .differences(d.differences().stream().map(t -> new TableDifferenceDto().figure(t.figure())
                        .participationId(t.participationId()).stations(t.stations()).table(t.table())
                        .difference(t.difference())).toList());
    }

    static SampleDto toDto(Sample s) {
        return new SampleDto()
                .id(s.id())
                .missionId(s.missionId())
                .electionId(s.electionId())
                .method(toEnum(s.method(), SampleMethodDto.class))
                .seed(s.seed())
                .size(s.size())
                .stations(s.stations().stream()
                        .map(st -> new SampleStationDto().stationId(st.stationId()).stratum(st.stratum())).toList())
                .createdAt(SharedDtoMapper.toDto(s.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(s.createdAt()));
    }

    static SampleDraft toDraft(SampleCreateDto dto) {
        return new SampleDraft(dto.getMissionId(), toEnum(dto.getMethod(), SampleMethod.class), dto.getSeed(),
                dto.getSize(), dto.getStationIds());
    }

    static SampleEstimateDto toDto(SampleEstimate e) {
        return new SampleEstimateDto()
                .sampleId(e.sampleId())
                .electionId(e.electionId())
                .sampled(e.sampled())
                .reported(e.reported())
                .estimated(e.estimated())
                .reason(e.reason())
                .shares(e.shares().entrySet().stream().map(s -> toDto(s.getKey(), s.getValue())).toList())
                .turnout(e.turnout() == null ? null : new ShareEstimateDto().estimate(e.turnout().estimate())
                        .margin(e.turnout().margin()).low(e.turnout().low()).high(e.turnout().high())
                        .official(e.turnout().official()).officialInside(e.turnout().officialInside()));
    }

    private static PartyShareEstimateDto toDto(UUID participation, ShareEstimate s) {
        return new PartyShareEstimateDto().participationId(participation).estimate(s.estimate()).margin(s.margin())
                .low(s.low()).high(s.high()).official(s.official()).officialInside(s.officialInside());
    }

    private static List<PartyVotesDto> toDtos(List<PartyVotes> votes) {
        return votes.stream().map(v -> new PartyVotesDto().participationId(v.participationId()).votes(v.votes())).toList();
    }

    private static List<PartyVotes> toVotes(List<PartyVotesDto> dtos) {
        return dtos == null ? null : dtos.stream().map(d -> d == null ? null
                : new PartyVotes(d.getParticipationId(), d.getVotes())).toList();
    }

    private static List<ResultFlagDto> flags(List<ResultFlag> flags) {
        return flags.stream().map(f -> toEnum(f, ResultFlagDto.class)).toList();
    }
}
