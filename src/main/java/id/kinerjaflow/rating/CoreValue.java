package id.kinerjaflow.rating;

/** The core values of ASN, BerAKHLAK (SE MenPANRB 20/2021). */
public enum CoreValue {
    SERVICE_ORIENTED,   // Berorientasi Pelayanan
    ACCOUNTABLE,        // Akuntabel
    COMPETENT,          // Kompeten
    HARMONIOUS,         // Harmonis
    LOYAL,              // Loyal
    ADAPTIVE,           // Adaptif
    COLLABORATIVE       // Kolaboratif
}
