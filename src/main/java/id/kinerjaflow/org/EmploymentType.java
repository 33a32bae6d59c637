package id.kinerjaflow.org;

/**
 * How a civil servant (ASN) is employed. Both kinds are appraised; they differ in the layout of
 * their NIP and in their grade scale ({@link Golongan}).
 */
public enum EmploymentType {
    /** Pegawai Negeri Sipil: permanent civil servant. */
    PNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: civil servant on a work contract. */
    PPPK
}
