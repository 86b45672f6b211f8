package io.newsgraph.core.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import io.netty.util.NetUtil;

/**
 * Who a request comes from, given the proxies that are trusted and the header they write: the TCP peer, unless it is a
 * trusted proxy; then the header's hops from the right, the nearest first, past every trusted proxy, up to the first
 * hop that is not one. A client can write anything in the header, but only to the left of what its own first proxy
 * appends, so nothing it writes moves the address. (Quarkus's own forwarding believes the left-most hop.)
 */
final class ProxyChain {

    /** The name shared by requests whose client has no address (a Unix socket, or no HTTP request at all). */
    static final String UNKNOWN = "unknown";

    private final TrustedProxies proxies;
    private final ForwardedHeader header;

    ProxyChain(TrustedProxies proxies, ForwardedHeader header) {
        this.proxies = proxies;
        this.header = header;
    }

    ForwardedHeader header() {
        return header;
    }

    /**
     * @param peer the address of the TCP peer, null when it has none
     * @param fields the values of the header's fields, in the order they came
     * @return the client's address in its canonical text (RFC 5952 for IPv6), or the name the nearest trusted proxy
     *         gives a client without one
     */
    String client(String peer, List<String> fields) {
        Optional<InetAddress> peerAddress = peer == null ? Optional.empty() : TrustedProxies.address(peer);
        if (peerAddress.isEmpty()) {
            return UNKNOWN;
        }
        InetAddress client = peerAddress.get();
        List<String> hops = header.hops(fields);
        for (int i = hops.size() - 1; i >= 0 && proxies.contains(client); i--) {
            Optional<InetAddress> hop = TrustedProxies.address(addressOf(hops.get(i)));
            if (hop.isEmpty()) {
                // a trusted proxy names the client otherwise ("unknown", an obfuscated name): the client is known by
                // that name, which it shares with the others the proxy names so
                return hops.get(i).isEmpty() ? UNKNOWN : hops.get(i);
            }
            client = hop.get();
        }
        return NetUtil.toAddressString(client);
    }

    /** The address in a hop, without the port: {@code 192.0.2.4:8080}, {@code [2001:db8::1]:8080}. */
    private static String addressOf(String hop) {
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            return close < 0 ? hop : hop.substring(1, close);
        }
        int colon = hop.indexOf(':');
        return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}
