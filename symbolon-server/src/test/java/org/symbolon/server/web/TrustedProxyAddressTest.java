package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Trusted proxies are written as operators write addresses and matched as Tomcat reports them. */
class TrustedProxyAddressTest {

    @Test
    void ipv6LoopbackIsWrittenOutAsTomcatReportsIt() {
        assertThat(TrustedProxyConfiguration.asTomcatWritesIt("::1")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(TrustedProxyConfiguration.asTomcatWritesIt(" 10.0.0.7 ")).isEqualTo("10.0.0.7");
    }

    @Test
    void hostNamesAndRangesAreRefusedAtStartUp() {
        assertThatThrownBy(() -> TrustedProxyConfiguration.asTomcatWritesIt("proxy.example.org"))
                .hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> TrustedProxyConfiguration.asTomcatWritesIt("10.0.0.0/8"))
                .hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> TrustedProxyConfiguration.asTomcatWritesIt("1.2.3.4.5"))
                .hasMessageContaining("not an IP address");
    }
}
