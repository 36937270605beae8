package org.symbolon.server.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsDelivery;

/**
 * Sends one gateway request with the JDK's HTTP client and reads its answer: a 2xx is accepted;
 * anything else is logged in full for the administrator (status and body) and reported as failed.
 * The request itself is never logged: it holds the code, and often a token.
 */
final class HttpSmsTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSmsTransport.class);
    private static final int LONGEST_LOGGED_BODY = 2000;
    /** A gateway may echo the message back; a lone run of six digits may be the code. */
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");

    private final HttpClient client;
    private final Duration timeout;
    private final String gatewayName;

    HttpSmsTransport(Duration connectTimeout, Duration timeout, String gatewayName) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.gatewayName = gatewayName;
    }

    SmsDelivery send(HttpRequest.Builder request, PhoneNumber to) {
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            LOG.warn("SMS gateway {} did not answer in time sending to {}: {}", gatewayName, to.masked(), e.toString());
            return new SmsDelivery.Failed("timeout");
        } catch (IOException e) {
            LOG.warn("SMS gateway {} could not be reached sending to {}: {}", gatewayName, to.masked(), e.toString());
            return new SmsDelivery.Failed("unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SmsDelivery.Failed("interrupted");
        }
        if (response.statusCode() / 100 == 2) {
            return new SmsDelivery.Accepted();
        }
        LOG.warn("SMS gateway {} refused the message to {}: status {}, body: {}", gatewayName, to.masked(),
                response.statusCode(), loggable(response.body()));
        return new SmsDelivery.Failed("status " + response.statusCode());
    }

    static String loggable(String body) {
        String text = body == null ? "" : body;
        if (text.length() > LONGEST_LOGGED_BODY) {
            text = text.substring(0, LONGEST_LOGGED_BODY) + "…";
        }
        return SIX_DIGITS.matcher(text).replaceAll("######");
    }
}
