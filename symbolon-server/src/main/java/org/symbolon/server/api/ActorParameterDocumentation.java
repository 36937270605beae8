package org.symbolon.server.api;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.symbolon.server.security.Actor;

/**
 * Keeps the {@link Actor} parameter of administrative endpoints out of the OpenAPI document: it
 * comes from the sign-in or the API token (see ActorArgumentResolver), never from the client, so
 * springdoc must not describe it as a request parameter.
 */
@Configuration(proxyBeanMethods = false)
class ActorParameterDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
