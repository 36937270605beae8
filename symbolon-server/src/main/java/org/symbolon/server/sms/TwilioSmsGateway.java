package org.symbolon.server.sms;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsDelivery;
import org.symbolon.core.sms.SmsGateway;
import org.symbolon.server.config.SmsSettings;

/**
 * Twilio's Messages API and the gateways that copy it: a form POST of {@code To}, {@code From} (or
 * {@code MessagingServiceSid}) and {@code Body} to {@code /2010-04-01/Accounts/{sid}/Messages.json},
 * with HTTP basic authentication as account SID and auth token.
 */
public final class TwilioSmsGateway implements SmsGateway {

    private final SmsSettings.Twilio settings;
    private final HttpSmsTransport transport;
    private final URI messages;
    private final String authorization;

    public TwilioSmsGateway(SmsSettings settings) {
        this.settings = settings.twilio();
        this.transport = new HttpSmsTransport(settings.connectTimeout(), settings.timeout(), "twilio");
        String base = this.settings.baseUrl().strip();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.messages = URI.create(base + "/2010-04-01/Accounts/" + this.settings.accountSid() + "/Messages.json");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (this.settings.accountSid() + ":" + this.settings.authToken()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public SmsDelivery send(PhoneNumber to, String text) {
        String sender = settings.from().isBlank()
                ? "MessagingServiceSid=" + GenericHttpSmsGateway.formValue(settings.messagingServiceSid())
                : "From=" + GenericHttpSmsGateway.formValue(settings.from());
        String form = "To=" + GenericHttpSmsGateway.formValue(to.e164()) + "&" + sender
                + "&Body=" + GenericHttpSmsGateway.formValue(text);
        HttpRequest.Builder request = HttpRequest.newBuilder(messages)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        return transport.send(request, to);
    }
}
