package org.observa.api.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.observa.api.demo.DemoDataPart;
import org.observa.api.demo.DemoFiles;
import org.observa.api.generated.model.RegistrySnapshotCreateDto;
import org.observa.domain.registry.RegistrySnapshotService;

/**
 * Cambodia's national registry snapshots at the 2013, 2018 and 2023 National Assembly elections and the
 * 2022 commune elections, each with the source of its figures (the Interband report, the NEC via the press).
 */
@ApplicationScoped
public class RegistryDemoData implements DemoDataPart {

    record Content(List<ObjectNode> snapshots) {
    }

    private final DemoFiles files;
    private final RegistrySnapshotService snapshots;

    public RegistryDemoData(DemoFiles files, RegistrySnapshotService snapshots) {
        this.files = files;
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "registry";
    }

    /** Right after the reference data it refers to, and before missions, whose findings may cite snapshots. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    public void load() {
        Content content = files.read("demo/registry.json", Content.class);
        for (ObjectNode record : content.snapshots()) {
            DemoFiles.Identified<RegistrySnapshotCreateDto> snapshot = files.identified(record, RegistrySnapshotCreateDto.class);
            snapshots.create(snapshot.id(), RegistrySnapshotDtoMapper.toDraft(snapshot.body()));
        }
    }
}
