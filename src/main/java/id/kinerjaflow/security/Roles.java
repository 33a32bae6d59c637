package id.kinerjaflow.security;

/** Role names as compile-time constants: {@code @RolesAllowed} on views, {@code @Secured} on services. */
public final class Roles {
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String APPRAISER = "APPRAISER";
    public static final String HR = "HR";
    public static final String BOARD = "BOARD";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    /** The same roles as Spring Security authorities, for {@code @Secured} on services. */
    public static final String AUTH_EMPLOYEE = "ROLE_" + EMPLOYEE;
    public static final String AUTH_APPRAISER = "ROLE_" + APPRAISER;
    public static final String AUTH_HR = "ROLE_" + HR;
    public static final String AUTH_BOARD = "ROLE_" + BOARD;
    public static final String AUTH_AUDITOR = "ROLE_" + AUDITOR;
    public static final String AUTH_ADMIN = "ROLE_" + ADMIN;

    private Roles() {
    }
}
