# Varnish in front of newsgraph: keeps readers' GET answers until a change purges them by their surrogate keys.
# Needs Varnish 7 and the xkey vmod (Debian: apt-get install varnish varnish-modules). Start it with room for the keys:
#   varnishd -a :6081 -f /etc/varnish/default.vcl -p http_resp_hdr_len=16k -p http_resp_size=64k
# and point newsgraph at it: NEWSGRAPH_EDGE_PURGE_TARGET=varnish NEWSGRAPH_EDGE_PURGE_VARNISH_URLS=http://varnish:6081
vcl 4.1;

import std;
import xkey;

# The service (one copy, or a load balancer in front of several).
backend newsgraph {
    .host = "127.0.0.1";
    .port = "8080";
}

# Who may purge: the service's copies. Widen to their network.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        # the keys, separated by spaces; every object tagged with one of them goes at once (no grace)
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    # Varnish's built-in rules follow: GET and HEAD without Authorization or Cookie are looked up.
}

sub vcl_backend_response {
    # xkey indexes the object by the keys of its xkey header: the service sends them as Surrogate-Key
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # Surrogate-Control is for this cache: its max-age is how long to keep the answer, which the service purges when
    # it changes; stale-if-error how long it may still be served (as grace) while the service does not answer.
    if (beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
        set beresp.ttl = std.duration(
            regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 0s);
        if (beresp.http.Surrogate-Control ~ "stale-if-error=[0-9]+") {
            set beresp.grace = std.duration(
                regsub(beresp.http.Surrogate-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 0s);
        }
        unset beresp.http.Surrogate-Control;
    }
}

sub vcl_deliver {
    # the keys are for this cache only; the browser gets Cache-Control, which makes it revalidate
    unset resp.http.Surrogate-Key;
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
