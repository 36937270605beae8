package org.symbolon.server.api;

import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Names the charset of every JSON answer ({@code application/json;charset=UTF-8}). JSON is UTF-8
 * by definition, but OWASP ASVS 4.1.1 asks every response to say so, and old clients guess otherwise.
 */
@ControllerAdvice
class JsonCharsetAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (contentType != null && contentType.getCharset() == null
                && (contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
            response.getHeaders().setContentType(new MediaType(contentType, StandardCharsets.UTF_8));
        }
        return body;
    }
}
