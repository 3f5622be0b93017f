package org.observa.api.partner;

import org.observa.api.generated.model.ChangeDto;
import org.observa.api.generated.model.ChangeOperationDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.partner.Change;

public final class ChangeDtoMapper {

    private ChangeDtoMapper() {
    }

    public static ChangeDto toDto(Change change) {
        return new ChangeDto()
                .type(change.type())
                .id(change.id())
                .operation(SharedDtoMapper.toEnum(change.operation(), ChangeOperationDto.class))
                .changedAt(SharedDtoMapper.toDto(change.changedAt()))
                .link(change.link());
    }
}
