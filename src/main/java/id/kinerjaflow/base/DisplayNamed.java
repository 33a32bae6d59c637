package id.kinerjaflow.base;

/** A principal that has a name to show people (the user menu shows it instead of the login name). */
public interface DisplayNamed {
    String displayName();
}
