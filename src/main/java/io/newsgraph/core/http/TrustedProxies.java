package io.newsgraph.core.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

/** The addresses and CIDR blocks of the proxies whose word on the client's address is believed. */
final class TrustedProxies {

    private final List<IpSubnetFilterRule> blocks;

    private TrustedProxies(List<IpSubnetFilterRule> blocks) {
        this.blocks = blocks;
    }

    /**
     * @param entries addresses ({@code 10.0.0.5}, {@code ::1}) and CIDR blocks ({@code 10.1.0.0/16}); a host name is
     *        refused, since resolving it would make the trust depend on DNS
     */
    static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries.stream().map(TrustedProxies::block).toList());
    }

    boolean contains(InetAddress address) {
        InetSocketAddress socketAddress = new InetSocketAddress(address, 0);
        return blocks.stream().anyMatch(block -> block.matches(socketAddress));
    }

    /** The address a text holds when it is an IP address literal, without any lookup. */
    static Optional<InetAddress> address(String text) {
        return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(text));
    }

    private static IpSubnetFilterRule block(String entry) {
        String text = entry.strip();
        int slash = text.indexOf('/');
        InetAddress address = address(slash < 0 ? text : text.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException(invalid(entry)));
        int bits = address.getAddress().length * 8;
        int prefix = slash < 0 ? bits : prefix(text.substring(slash + 1), entry);
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException(invalid(entry));
        }
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }

    private static int prefix(String text, String entry) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(invalid(entry), e);
        }
    }

    private static String invalid(String entry) {
        return "newsgraph.proxies.trusted lists '" + entry + "', which is neither an IP address nor a CIDR block"
                + " (10.0.0.5, 10.1.0.0/16, 2001:db8::/32)";
    }
}
