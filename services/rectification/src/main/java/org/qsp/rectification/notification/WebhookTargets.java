package org.qsp.rectification.notification;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.qsp.platform.errors.InvalidField;

/**
 * Where a webhook may point (a guard against server-side request forgery): an absolute {@code https} URL without
 * user info or fragment, with no port or one a connection can use (1 to 65535), whose host resolves, and every
 * address of it is public: no loopback, private (10/8, 172.16/12, 192.168/16, 100.64/10), link-local (169.254/16,
 * fe80::/10), unique-local (fc00::/7), wildcard or multicast address. The local demo may allow {@code http} and
 * loopback receivers ({@code qsp.rectification.notification.local-targets-allowed}); private networks stay refused
 * even then.
 * Checked when the subscription is made and again before every attempt (DNS may have changed since).
 */
public final class WebhookTargets {

    public static final String FIELD = "webhookUrl";
    private static final int MAX_PORT = 65_535;
    private final boolean localTargetsAllowed;
    private final Resolver resolver;

    /** Host name → addresses; the system resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public WebhookTargets(boolean localTargetsAllowed, Resolver resolver) {
        this.localTargetsAllowed = localTargetsAllowed;
        this.resolver = resolver;
    }

    /** The URL, checked; {@link InvalidField} (400) saying what is wrong otherwise. */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(localTargetsAllowed && scheme.equals("http"))) {
            throw refused("invalid-webhook-url", "must be an https URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused("invalid-webhook-url", "must not carry user info or a fragment");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw refused("invalid-webhook-url", "must name a host");
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
            throw refused("invalid-webhook-url", "must name a port from 1 to " + MAX_PORT + ", or none");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw refused("unresolvable-webhook-host", "host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw refused("forbidden-webhook-target",
                        "host " + host + " resolves to a loopback, private or link-local address");
            }
        }
        return uri;
    }

    private boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return localTargetsAllowed;
        }
        return !(address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress() || isUniqueLocal(address) || isSharedOrThisNetwork(address));
    }

    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8 ("this network"). */
    private static boolean isSharedOrThisNetwork(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 4) {
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128);
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw refused("invalid-webhook-url", "must be an absolute https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused("invalid-webhook-url", "is not a URL");
        }
    }

    private static InvalidField refused(String code, String message) {
        return new InvalidField(code, FIELD, message);
    }
}
