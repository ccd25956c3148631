package org.qsp.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;

/**
 * Lets a controller method take the {@link Caller} as a parameter, built from the bearer token; or an
 * {@code Optional<Caller>} on a path open to callers without a token (empty then).
 */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType()) || isOptionalCaller(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<Caller> caller = authentication instanceof JwtAuthenticationToken token
                ? Optional.of(callerOf(token.getToken())) : Optional.empty();
        if (isOptionalCaller(parameter)) {
            return caller;
        }
        return caller.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("a bearer token is required"));
    }

    private static boolean isOptionalCaller(MethodParameter parameter) {
        return Optional.class.equals(parameter.getParameterType())
                && Caller.class.equals(parameter.nested().getNestedParameterType());
    }

    /** The caller an access token from identity describes; unknown role names are ignored. */
    public static Caller callerOf(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (Role role : Role.values()) {
                if (names.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(jwt.getSubject(), roles, Optional.ofNullable(jwt.getClaimAsString("uscc")),
                Optional.ofNullable(jwt.getClaimAsString("region")));
    }
}
