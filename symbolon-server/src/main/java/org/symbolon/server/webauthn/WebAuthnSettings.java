package org.symbolon.server.webauthn;

import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security keys, under {@code symbolon.webauthn}. Every value is checked at start-up, so that a
 * mistake stops the server with the setting's name rather than failing each registration.
 *
 * @param rpId the relying party id (W3C WebAuthn §5.1.2): a host name, the one of the public URL when empty
 * @param rpName the name the browser shows; empty: the service name
 * @param origins the origins assertions may come from; empty: the public URL's
 * @param appId the U2F AppID of keys registered with U2F before (the {@code appid} extension), or empty
 * @param allowedAaguids the authenticator models that may be registered, as AAGUIDs; empty: any
 */
@ConfigurationProperties("symbolon.webauthn")
public record WebAuthnSettings(
        @DefaultValue("") String rpId,
        @DefaultValue("") String rpName,
        @DefaultValue List<String> origins,
        @DefaultValue("") String appId,
        @DefaultValue List<String> allowedAaguids) {

    public WebAuthnSettings {
        rpId = rpId == null ? "" : rpId.strip().toLowerCase(Locale.ROOT);
        rpName = rpName == null ? "" : rpName.strip();
        appId = appId == null ? "" : appId.strip();
        origins = origins == null ? List.of() : origins.stream().map(String::strip).toList();
        allowedAaguids = allowedAaguids == null ? List.of()
                : allowedAaguids.stream().map(id -> id.strip().replace("-", "").toLowerCase(Locale.ROOT)).toList();
        if (!rpId.isEmpty() && !rpId.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
            throw new IllegalArgumentException("symbolon.webauthn.rp-id must be a host name (no scheme, port or path), not "
                    + rpId);
        }
        for (String origin : origins) {
            URI uri = parse(origin, "symbolon.webauthn.origins");
            if (uri.getHost() == null || uri.getPath() != null && !uri.getPath().isEmpty()) {
                throw new IllegalArgumentException("symbolon.webauthn.origins must hold origins like https://example.com,"
                        + " not " + origin);
            }
        }
        if (!appId.isEmpty() && !appId.startsWith("https://")) {
            throw new IllegalArgumentException("symbolon.webauthn.app-id must be an https:// URL (FIDO AppID), not " + appId);
        }
        for (String aaguid : allowedAaguids) {
            if (aaguid.length() != 32 || !aaguid.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new IllegalArgumentException("symbolon.webauthn.allowed-aaguids must hold AAGUIDs like"
                        + " cb69481e-8ff7-4039-93ec-0a2729a154a8, not " + aaguid);
            }
        }
    }

    /** The RP ID in force: the setting, or the host of {@code baseUrl}. */
    public String effectiveRpId(String baseUrl) {
        return rpId.isEmpty() ? parse(baseUrl, "symbolon.public-url").getHost().toLowerCase(Locale.ROOT) : rpId;
    }

    /** The origins in force: the setting, or the origin of {@code baseUrl}. */
    public List<String> effectiveOrigins(String baseUrl) {
        if (!origins.isEmpty()) {
            return origins;
        }
        URI uri = parse(baseUrl, "symbolon.public-url");
        return List.of(uri.getScheme() + "://" + uri.getAuthority());
    }

    /** Whether the allow-list is on: then attestation is requested and checked at registration. */
    public boolean restrictsModels() {
        return !allowedAaguids.isEmpty();
    }

    public boolean allowsModel(byte[] aaguid) {
        return !restrictsModels() || aaguid != null && allowedAaguids.contains(HexFormat.of().formatHex(aaguid));
    }

    private static URI parse(String value, String setting) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " must be a URL, not " + value);
        }
    }
}
