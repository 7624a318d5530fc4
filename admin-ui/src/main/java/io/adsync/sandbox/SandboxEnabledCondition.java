package io.adsync.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@link SandboxMode} says the built-in sandbox runs. */
class SandboxEnabledCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return SandboxMode.of(context.getEnvironment()).enabled();
    }
}
