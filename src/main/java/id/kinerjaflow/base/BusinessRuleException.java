package id.kinerjaflow.base;

import java.util.List;

/**
 * A request that breaks a business rule; nothing was changed. {@code code} is a message key of
 * the bundles, {@code args} its placeholders, so every screen can show it in the user's language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public BusinessRuleException(String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + List.of(args)));
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
