package id.kinerjaflow.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and services. */
public final class Roles {
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String APPRAISER = "APPRAISER";
    public static final String HR = "HR";
    public static final String BOARD = "BOARD";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
