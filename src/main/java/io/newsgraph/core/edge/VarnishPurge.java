package io.newsgraph.core.edge;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Varnish with the project's VCL ({@code deploy/varnish/default.vcl}): a {@code PURGE} request whose
 * {@code xkey-purge} header lists the keys, which the VCL hands to xkey, to each instance.
 */
final class VarnishPurge implements PurgeAdapter {

    static final String HEADER = "xkey-purge";

    private final List<URI> instances;

    VarnishPurge(List<URI> instances) {
        this.instances = List.copyOf(instances);
    }

    @Override
    public List<PurgeRequest> requests(List<String> keys) {
        return instances.stream()
                .map(instance -> new PurgeRequest("PURGE", instance.resolve("/"), Map.of(HEADER, String.join(" ", keys)),
                        null))
                .toList();
    }

    @Override
    public int maxKeysPerRequest() {
        // what fits in Varnish's default http_req_hdr_len (8 KiB) with keys of a few dozen bytes
        return 200;
    }
}
