package org.observa.api.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.observa.api.demo.DemoDataPart;
import org.observa.api.demo.DemoFiles;
import org.observa.api.generated.model.DivisionCreateDto;
import org.observa.api.generated.model.ElectionCreateDto;
import org.observa.domain.reference.DivisionService;
import org.observa.domain.reference.ElectionService;

/** Cambodia, its 25 provinces and its elections since 2002 (the 2018 and 2023 National Assembly elections in full), with their sources. */
@ApplicationScoped
public class ReferenceDemoData implements DemoDataPart {

    record Content(List<@jakarta.validation.Valid DivisionCreateDto> divisions,
                   List<@jakarta.validation.Valid ElectionCreateDto> elections) {
    }

    private final DemoFiles files;
    private final DivisionService divisions;
    private final ElectionService elections;

    public ReferenceDemoData(DemoFiles files, DivisionService divisions, ElectionService elections) {
        this.files = files;
        this.divisions = divisions;
        this.elections = elections;
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void load() {
        Content content = files.read("demo/reference.json", Content.class);
        content.divisions().forEach(d -> divisions.create(DivisionDtoMapper.toDraft(d)));
        content.elections().forEach(e -> elections.create(ElectionDtoMapper.toDraft(e)));
    }
}
