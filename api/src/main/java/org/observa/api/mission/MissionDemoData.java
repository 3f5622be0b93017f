package org.observa.api.mission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.observa.api.demo.DemoDataPart;
import org.observa.api.demo.DemoFiles;
import org.observa.api.generated.model.DivisionCreateDto;
import org.observa.api.generated.model.EngagementCreateDto;
import org.observa.api.generated.model.FindingCreateDto;
import org.observa.api.generated.model.MissionCreateDto;
import org.observa.api.generated.model.OrganizationCreateDto;
import org.observa.api.reference.DivisionDtoMapper;
import org.observa.domain.mission.EngagementService;
import org.observa.domain.mission.FindingService;
import org.observa.domain.mission.MissionService;
import org.observa.domain.mission.OrganizationService;
import org.observa.domain.reference.DivisionService;

/**
 * Interband and the bodies its 2023 report names, its five missions to Cambodia (2002–2018 as the report
 * lists them, 2023 in full with its Phnom Penh engagements and its evaluation), and Japan, Interband's
 * country. Every record keeps the fixed id of the demo file, so its URL is the same everywhere.
 */
@ApplicationScoped
public class MissionDemoData implements DemoDataPart {

    /** A mission with the engagements and findings recorded in it. */
    record MissionRecords(ObjectNode mission, List<ObjectNode> engagements, List<ObjectNode> findings) {

        MissionRecords {
            engagements = engagements == null ? List.of() : engagements;
            findings = findings == null ? List.of() : findings;
        }
    }

    record Content(List<@Valid DivisionCreateDto> divisions, List<ObjectNode> organizations,
                   List<MissionRecords> missions) {
    }

    private final DemoFiles files;
    private final DivisionService divisions;
    private final OrganizationService organizations;
    private final MissionService missions;
    private final EngagementService engagements;
    private final FindingService findings;

    public MissionDemoData(DemoFiles files, DivisionService divisions, OrganizationService organizations,
                           MissionService missions, EngagementService engagements, FindingService findings) {
        this.files = files;
        this.divisions = divisions;
        this.organizations = organizations;
        this.missions = missions;
        this.engagements = engagements;
        this.findings = findings;
    }

    @Override
    public String name() {
        return "missions";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        Content content = files.read("demo/missions.json", Content.class);
        content.divisions().forEach(d -> divisions.create(DivisionDtoMapper.toDraft(d)));
        for (ObjectNode record : content.organizations()) {
            var organization = files.identified(record, OrganizationCreateDto.class);
            organizations.create(organization.id(), OrganizationDtoMapper.toDraft(organization.body()));
        }
        for (MissionRecords records : content.missions()) {
            var mission = files.identified(records.mission(), MissionCreateDto.class);
            UUID missionId = missions.create(mission.id(), MissionDtoMapper.toDraft(mission.body())).id();
            for (ObjectNode record : records.engagements()) {
                var engagement = files.identified(record, EngagementCreateDto.class);
                engagements.create(missionId, engagement.id(), EngagementDtoMapper.toDraft(engagement.body()));
            }
            for (ObjectNode record : records.findings()) {
                var finding = files.identified(record, FindingCreateDto.class);
                findings.create(missionId, finding.id(), FindingDtoMapper.toDraft(finding.body()));
            }
        }
    }
}
