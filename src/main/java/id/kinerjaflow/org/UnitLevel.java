package id.kinerjaflow.org;

/**
 * The level of an org unit in a regional government. Declared from the top down, so the ordinal is
 * the depth in the tree.
 */
public enum UnitLevel {
    /** Pemerintah Provinsi / Kabupaten / Kota: the root. */
    GOVERNMENT,
    /** Perangkat Daerah: Dinas, Badan, Sekretariat Daerah, Inspektorat. */
    AGENCY,
    /** Bidang / Bagian (also Biro, Sekretariat of an agency, Inspektur Pembantu). */
    DIVISION,
    /** Sub Bidang / Sub Bagian / Seksi. */
    SUBDIVISION;

    /**
     * Whether a unit of this level may sit directly under a unit of the given level. The
     * government has no parent; every other level needs a parent of a strictly higher rank (a
     * lower ordinal), so a division may hang directly under the government but never under another
     * division. A {@code null} parent is never a valid parent.
     */
    public boolean mayHaveParent(UnitLevel parent) {
        return this != GOVERNMENT && parent != null && parent.ordinal() < ordinal();
    }
}
