package org.observa.api.registry;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import org.observa.api.bulk.CsvColumns;
import org.observa.api.generated.model.AnomalyCodeDto;
import org.observa.api.generated.model.AnomalyFlagDto;
import org.observa.api.generated.model.AnomalySeverityDto;
import org.observa.api.generated.model.FigureChangeDto;
import org.observa.api.generated.model.RegistryChangeDto;
import org.observa.api.generated.model.RegistryIndicatorsDto;
import org.observa.api.generated.model.RegistrySnapshotCreateDto;
import org.observa.api.generated.model.RegistrySnapshotDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.registry.AnomalyFlag;
import org.observa.domain.registry.FigureChange;
import org.observa.domain.registry.RegistryFigure;
import org.observa.domain.registry.RegistryFigures;
import org.observa.domain.registry.RegistryIndicators;
import org.observa.domain.registry.RegistrySnapshot;
import org.observa.domain.registry.RegistrySnapshotDraft;
import org.observa.domain.registry.SnapshotAnalysis;
import org.observa.domain.registry.SnapshotChange;

final class RegistrySnapshotDtoMapper {

    private RegistrySnapshotDtoMapper() {
    }

    /** The CSV columns of registry snapshots (figures, derived rates, flags); only ever appended to. */
    static final CsvColumns<SnapshotAnalysis> CSV = new CsvColumns<SnapshotAnalysis>()
            .add("id", a -> a.snapshot().id())
            .add("divisionId", a -> a.snapshot().divisionId())
            .add("referenceDate", a -> a.snapshot().referenceDate())
            .add("electionId", a -> a.snapshot().electionId())
            .add("population", a -> a.snapshot().figures().population())
            .add("votingAgePopulation", a -> a.snapshot().figures().votingAgePopulation())
            .add("registeredVoters", a -> a.snapshot().figures().registeredVoters())
            .add("ballotsCast", a -> a.snapshot().figures().ballotsCast())
            .add("validBallots", a -> a.snapshot().figures().validBallots())
            .add("invalidBallots", a -> a.snapshot().figures().invalidBallots())
            .add("registrationRateOfVotingAgePopulation", a -> a.indicators().registrationRateOfVotingAgePopulation())
            .add("registrationRateOfPopulation", a -> a.indicators().registrationRateOfPopulation())
            .add("turnout", a -> a.indicators().turnout())
            .add("invalidShare", a -> a.indicators().invalidShare())
            .add("flags", a -> String.join(";", a.flags().stream().map(f -> f.code().name()).toList()))
            .add("sourceCitation", a -> a.snapshot().source().citation())
            .add("sourceUrl", a -> a.snapshot().source().url())
            .add("notes", a -> a.snapshot().notes())
            .add("createdAt", a -> a.snapshot().createdAt())
            .add("updatedAt", a -> a.snapshot().updatedAt());

    static RegistrySnapshotDto toDto(SnapshotAnalysis analysis) {
        RegistrySnapshot s = analysis.snapshot();
        RegistryFigures f = s.figures();
        return new RegistrySnapshotDto()
                .id(s.id())
                .divisionId(s.divisionId())
                .countryId(s.countryId())
                .referenceDate(s.referenceDate())
                .electionId(s.electionId())
                .population(f.population())
                .votingAgePopulation(f.votingAgePopulation())
                .registeredVoters(f.registeredVoters())
                .ballotsCast(f.ballotsCast())
                .validBallots(f.validBallots())
                .invalidBallots(f.invalidBallots())
                .source(SharedDtoMapper.toDto(s.source()))
                .notes(s.notes())
                .indicators(toDto(analysis.indicators()))
                .change(toDto(analysis.change()))
                .flags(analysis.flags().stream().map(RegistrySnapshotDtoMapper::toDto).toList())
                .createdAt(SharedDtoMapper.toDto(s.createdAt()))
                .updatedAt(SharedDtoMapper.toDto(s.updatedAt()));
    }

    /** The snapshot as a create body: what a merge patch is applied to. */
    static RegistrySnapshotCreateDto toWritable(RegistrySnapshot s) {
        RegistryFigures f = s.figures();
        return new RegistrySnapshotCreateDto()
                .divisionId(s.divisionId())
                .referenceDate(s.referenceDate())
                .electionId(s.electionId())
                .population(f.population())
                .votingAgePopulation(f.votingAgePopulation())
                .registeredVoters(f.registeredVoters())
                .ballotsCast(f.ballotsCast())
                .validBallots(f.validBallots())
                .invalidBallots(f.invalidBallots())
                .source(SharedDtoMapper.toDto(s.source()))
                .notes(s.notes());
    }

    static RegistrySnapshotDraft toDraft(RegistrySnapshotCreateDto dto) {
        return new RegistrySnapshotDraft(dto.getDivisionId(), dto.getReferenceDate(), dto.getElectionId(),
                new RegistryFigures(dto.getPopulation(), dto.getVotingAgePopulation(), dto.getRegisteredVoters(),
                        dto.getBallotsCast(), dto.getValidBallots(), dto.getInvalidBallots()),
                SharedDtoMapper.toSource(dto.getSource()), dto.getNotes());
    }

    private static RegistryIndicatorsDto toDto(RegistryIndicators i) {
        return new RegistryIndicatorsDto()
                .registrationRateOfVotingAgePopulation(i.registrationRateOfVotingAgePopulation())
                .registrationRateOfPopulation(i.registrationRateOfPopulation())
                .turnout(i.turnout())
                .invalidShare(i.invalidShare());
    }

    private static RegistryChangeDto toDto(SnapshotChange change) {
        if (change == null) {
            return null;
        }
        return new RegistryChangeDto()
                .previousSnapshotId(change.previousSnapshotId())
                .previousReferenceDate(change.previousReferenceDate())
                .population(toDto(change.of(RegistryFigure.POPULATION)))
                .votingAgePopulation(toDto(change.of(RegistryFigure.VOTING_AGE_POPULATION)))
                .registeredVoters(toDto(change.of(RegistryFigure.REGISTERED_VOTERS)))
                .ballotsCast(toDto(change.of(RegistryFigure.BALLOTS_CAST)))
                .validBallots(toDto(change.of(RegistryFigure.VALID_BALLOTS)))
                .invalidBallots(toDto(change.of(RegistryFigure.INVALID_BALLOTS)));
    }

    private static FigureChangeDto toDto(FigureChange change) {
        return change == null ? null : new FigureChangeDto().absolute(change.absolute()).percent(change.percent());
    }

    private static AnomalyFlagDto toDto(AnomalyFlag flag) {
        return new AnomalyFlagDto()
                .code(toEnum(flag.code(), AnomalyCodeDto.class))
                .severity(toEnum(flag.severity(), AnomalySeverityDto.class))
                .message(flag.message());
    }
}
