package org.observa.api.partner;

import static org.observa.api.shared.SharedDtoMapper.toEnum;

import org.observa.api.generated.model.ApiKeyCreateDto;
import org.observa.api.generated.model.ApiKeyDto;
import org.observa.api.generated.model.ApiKeyRoleDto;
import org.observa.api.generated.model.IssuedApiKeyDto;
import org.observa.api.shared.SharedDtoMapper;
import org.observa.domain.partner.ApiKey;
import org.observa.domain.partner.ApiKeyDraft;
import org.observa.domain.partner.ApiKeyRole;
import org.observa.domain.partner.IssuedApiKey;

final class ApiKeyDtoMapper {

    private ApiKeyDtoMapper() {
    }

    static ApiKeyDto toDto(ApiKey key) {
        return new ApiKeyDto()
                .id(key.id())
                .organizationId(key.organizationId())
                .role(toEnum(key.role(), ApiKeyRoleDto.class))
                .label(key.label())
                .createdAt(SharedDtoMapper.toDto(key.createdAt()))
                .revokedAt(SharedDtoMapper.toDto(key.revokedAt()));
    }

    static IssuedApiKeyDto toDto(IssuedApiKey issued) {
        ApiKey key = issued.key();
        return new IssuedApiKeyDto()
                .id(key.id())
                .organizationId(key.organizationId())
                .role(toEnum(key.role(), ApiKeyRoleDto.class))
                .label(key.label())
                .createdAt(SharedDtoMapper.toDto(key.createdAt()))
                .token(issued.token());
    }

    static ApiKeyDraft toDraft(ApiKeyCreateDto dto) {
        return new ApiKeyDraft(dto.getOrganizationId(), toEnum(dto.getRole(), ApiKeyRole.class), dto.getLabel());
    }
}
