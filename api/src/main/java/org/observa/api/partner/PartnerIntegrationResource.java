package org.observa.api.partner;

import jakarta.ws.rs.core.Response;
import org.observa.api.generated.api.PartnerIntegrationApi;
import org.observa.api.generated.model.ChangePageDto;
import org.observa.domain.partner.ChangePage;
import org.observa.domain.partner.ChangeService;
import org.observa.domain.shared.PageRequest;

/** What partners use to keep a copy of the data: the change feed. */
public class PartnerIntegrationResource implements PartnerIntegrationApi {

    private final ChangeService changes;

    public PartnerIntegrationResource(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public Response listChanges(String after, Integer pageSize) {
        int size = pageSize == null ? PageRequest.DEFAULT_SIZE : pageSize;
        ChangePage page = changes.after(ChangeCursors.decode(after), size);
        String cursor = ChangeCursors.encode(page.continueAfter());
        return Response.ok(new ChangePageDto()
                        .items(page.changes().stream().map(ChangeDtoMapper::toDto).toList())
                        .cursor(cursor))
                .header("Link", "</v1/changes?after=" + cursor + "&pageSize=" + size + ">; rel=\"next\"")
                .build();
    }
}
