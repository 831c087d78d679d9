package org.complaintdesk.domain.handling;

/** Money the company gives or forgoes as part of a resolution; either needs approval (000 二(三)). */
public enum RemedyKind {
    COMPENSATION,
    FEE_REDUCTION
}
